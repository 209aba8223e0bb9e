import { describe, expect, it } from 'vitest'

import { settingsReport } from '../../../src/main/diagnostics/diagnostics-report'
import { defaultSettings, type Settings } from '../../../src/shared/domain/settings'

describe('diagnostics settings report', () => {
  it('keeps labels and base URLs, drops credential-named fields, URL user info and queries, and the call history', () => {
    const account = {
      id: '6f1c2a52-6c1e-4b43-9d3f-0f6a8e2b9d10',
      createdAt: '2026-01-01T00:00:00.000Z',
      provider: 'alohub',
      label: 'Support desk',
      baseUrl: 'https://api.alohub.vn',
      tenantId: '42',
      role: { kind: 'supervisor' },
      polling: { enabled: true, intervalSeconds: 5 },
      screenPop: { template: 'https://crm.example/x?token=abc123secret&phone={{number}}', open: 'ringing' },
    }
    // Fields no settings file should hold, as an older or tampered one might.
    const tampered = {
      ...account,
      apiKey: 'sk_live_zzz',
      accessToken: 'tok_zzz',
      baseUrl: 'https://u:pw@api.alohub.vn',
    }
    const settings = { ...defaultSettings, accounts: [account, tampered] } as unknown as Settings
    const report = JSON.stringify(settingsReport(settings))
    expect(report).toContain('"label":"Support desk"')
    expect(report).toContain('"baseUrl":"https://api.alohub.vn"')
    for (const secret of ['sk_live_zzz', 'tok_zzz', 'abc123secret', 'u:pw']) expect(report).not.toContain(secret)
    expect(report).toContain('"alerts":{"count":0}')
  })
})
