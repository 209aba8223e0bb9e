import { describe, expect, it } from 'vitest'

import { createApp } from '../../../src/main/app/create-app'
import type { ExportFile, FileSaverPort } from '../../../src/main/core/ports'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { createMemorySecretStore } from '../../../src/main/secrets/secret-store'
import type { Alert } from '../../../src/shared/domain/live'
import { manualClock } from '../../helpers/manual-clock'
import { recordingLogger } from '../../helpers/recording-logger'

const missed: Alert = {
  id: 'missed:1',
  kind: 'missed',
  subject: '101 (Trần Thị Lan)',
  detail: null,
  calledNumber: '+84912345678',
  accountId: 'a',
  accountLabel: 'Hotline',
  at: '2026-11-24T08:59:00.000Z',
  notified: true,
  seen: false,
}
const { seen: _seen, ...unseenless } = missed
const ringing: Alert = { ...unseenless, id: 'ringing:2', kind: 'ringing' }

function setUp(saver?: FileSaverPort) {
  const core = createApp({
    info: { productName: 'AgentDesk', version: '1.2.3', platform: 'linux', transport: 'electron' },
    settingsBackend: { store: { alerts: [missed, ringing], language: 'vi' } },
    // The day's log holds more than the history: the export reads it, not the alerts.
    missedCallsBackend: {
      store: {
        version: 1,
        day: '2026-11-24',
        dropped: 0,
        entries: [
          {
            callId: '0',
            at: '2026-11-24T07:30:00.000Z',
            accountId: 'a',
            accountLabel: 'Hotline',
            extension: '102',
            agentName: null,
            calledNumber: null,
            queues: [],
          },
          {
            callId: '1',
            at: '2026-11-24T08:59:00.000Z',
            accountId: 'a',
            accountLabel: 'Hotline',
            extension: '101',
            agentName: 'Trần Thị Lan',
            calledNumber: '+84912345678',
            queues: [{ id: 9001, label: 'Bán hàng' }],
          },
        ],
      },
    },
    secrets: createMemorySecretStore(),
    notifier: { show: () => undefined },
    tray: { render: () => undefined },
    window: { open: () => undefined },
    opener: { open: async () => undefined },
    clock: manualClock(),
    logger: recordingLogger(),
    timeZone: 'UTC',
    ...(saver ? { fileSaver: saver } : {}),
  })
  const call = (operation: string, payload: unknown) => dispatch(core.handlers, operation, payload, recordingLogger())
  return { core, call }
}

describe('alerts.exportCsv through the IPC contract', () => {
  it('builds the CSV in the chosen language and hands it to the platform to save', async () => {
    const saved: ExportFile[] = []
    const { call } = setUp({
      save: async (file) => {
        saved.push(file)
        return { fileName: 'my-missed.csv', downloadUrl: null }
      },
    })
    expect(await call('alerts.exportCsv', { what: 'missedCalls' })).toEqual({
      ok: true,
      value: { outcome: 'saved', fileName: 'my-missed.csv', rows: 2, downloadUrl: null },
    })
    expect(saved[0]?.fileName).toBe('agentdesk-missed-calls-2026-11-24.csv')
    const text = Buffer.from(saved[0]?.bytes ?? []).toString('utf8')
    expect(text).toBe(
      '\uFEFFThời gian,Tài khoản,Số máy nhánh,Nhân viên,Số được gọi,Mã hàng đợi,Hàng đợi\r\n' +
        '2026-11-24 07:30:00,Hotline,102,,,,\r\n' +
        '2026-11-24 08:59:00,Hotline,101,Trần Thị Lan,+84912345678,9001,Bán hàng\r\n',
    )
    expect((await call('alerts.exportCsv', { what: 'alerts' })).ok).toBe(true)
    expect(saved[1]?.fileName).toBe('agentdesk-alerts-2026-11-24.csv')
  })

  it('answers cancelled when the user closes the dialog, and refuses what the contract does not know', async () => {
    const { call } = setUp({ save: async () => null })
    expect(await call('alerts.exportCsv', { what: 'missedCalls' })).toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    })
    const refused = await call('alerts.exportCsv', { what: 'settings' })
    expect(refused.ok).toBe(false)
    expect(refused.ok ? undefined : refused.error.kind).toBe('invalid_request')
    const extra = await call('alerts.exportCsv', { what: 'alerts', path: '/etc/passwd' })
    expect(extra.ok ? undefined : extra.error.kind).toBe('invalid_request')
  })

  it('says why a file could not be written, as a code with the OS words as a detail', async () => {
    const { call } = setUp({
      save: async () => {
        throw new Error('ENOSPC: no space left on device')
      },
    })
    const result = await call('alerts.exportCsv', { what: 'alerts' })
    expect(result.ok ? undefined : result.error.problem).toEqual({
      code: 'problems:exports.notWritten',
      params: { detail: 'ENOSPC: no space left on device' },
    })
  })

  it('refuses, in words, where nothing can save a file', async () => {
    const { call } = setUp()
    const result = await call('alerts.exportCsv', { what: 'alerts' })
    expect(result.ok ? undefined : result.error).toMatchObject({
      kind: 'not_allowed',
      problem: { code: 'problems:exports.unavailable' },
    })
  })

  it('serves the trends and the choice to keep them', async () => {
    const { call } = setUp()
    expect(await call('live.getTrends', {})).toEqual({
      ok: true,
      value: { until: '2026-11-24T09:00:00.000Z', kept: false, groups: [] },
    })
    expect(await call('live.keepTrends', { keep: true })).toMatchObject({ ok: true, value: { kept: true } })
    expect(await call('live.getTrends', {})).toMatchObject({ ok: true, value: { kept: true } })
  })
})
