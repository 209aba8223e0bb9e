import { writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'

import type { FileSaverPort } from '../core/ports'

/** What the saver needs of Electron's dialog (passed in, so a test gives a fake). */
export interface SaveDialog {
  showSaveDialog(options: {
    defaultPath: string
    filters: Array<{ name: string; extensions: string[] }>
    properties: Array<'showOverwriteConfirmation' | 'createDirectory'>
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>
}

/**
 * Saves an export where the user says: the system's save dialog, opening in their Downloads
 * folder with the suggested name; the bytes are written as they are (the CSV's BOM included).
 */
export function createFileSaver(
  dialog: SaveDialog,
  downloadsDir: () => string,
  write: (path: string, bytes: Uint8Array) => Promise<void> = writeFile,
): FileSaverPort {
  return {
    async save({ fileName, bytes }) {
      const { canceled, filePath } = await dialog.showSaveDialog({
        defaultPath: join(downloadsDir(), fileName),
        filters: [filterFor(fileName)],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      })
      if (canceled || !filePath) return null
      await write(filePath, bytes)
      return { fileName: basename(filePath), downloadUrl: null }
    },
  }
}

/** The dialog's file type follows the suggested name: a CSV export, a diagnostics zip. */
function filterFor(fileName: string): { name: string; extensions: string[] } {
  const extension = extname(fileName).slice(1).toLowerCase()
  if (extension === 'zip') return { name: 'ZIP', extensions: ['zip'] }
  return { name: 'CSV', extensions: ['csv'] }
}
