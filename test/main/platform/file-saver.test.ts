import { describe, expect, it } from 'vitest'

import { createFileSaver, type SaveDialog } from '../../../src/main/platform/file-saver'

function fakeDialog(answer: { canceled: boolean; filePath?: string }): SaveDialog & { asked: unknown[] } {
  const asked: unknown[] = []
  return {
    asked,
    showSaveDialog: async (options) => {
      asked.push(options)
      return answer
    },
  }
}

describe('the file saver (Electron save dialog)', () => {
  it('suggests the name in the Downloads folder, writes the bytes where the user chose, names the file', async () => {
    const dialog = fakeDialog({ canceled: false, filePath: '/home/lan/Desktop/missed.csv' })
    const written: Array<[string, Uint8Array]> = []
    const saver = createFileSaver(
      dialog,
      () => '/home/lan/Downloads',
      async (path, bytes) => void written.push([path, bytes]),
    )
    const bytes = Buffer.from('\uFEFFa\r\n', 'utf8')
    expect(await saver.save({ fileName: 'agentdesk-missed-calls-2026-11-24.csv', bytes })).toEqual({
      fileName: 'missed.csv',
      downloadUrl: null,
    })
    expect(dialog.asked[0]).toMatchObject({
      defaultPath: '/home/lan/Downloads/agentdesk-missed-calls-2026-11-24.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
    expect(written).toEqual([['/home/lan/Desktop/missed.csv', bytes]])
  })

  it('writes nothing when the user cancels', async () => {
    const written: string[] = []
    const saver = createFileSaver(
      fakeDialog({ canceled: true }),
      () => '/tmp',
      async (path) => void written.push(path),
    )
    expect(await saver.save({ fileName: 'x.csv', bytes: new Uint8Array() })).toBeNull()
    expect(written).toEqual([])
  })

  it('offers the zip file type for a diagnostics archive', async () => {
    const dialog = fakeDialog({ canceled: true })
    await createFileSaver(dialog, () => '/tmp').save({ fileName: 'agentdesk-diagnostics.zip', bytes: new Uint8Array() })
    expect(dialog.asked[0]).toMatchObject({ filters: [{ name: 'ZIP', extensions: ['zip'] }] })
  })
})
