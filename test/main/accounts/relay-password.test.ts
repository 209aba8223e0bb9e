import { describe, expect, it } from 'vitest'

import { createApp } from '../../../src/main/app/create-app'
import { createKnownSecrets } from '../../../src/main/core/known-secrets'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { createMemorySecretStore } from '../../../src/main/secrets/secret-store'
import { recordingLogger } from '../../helpers/recording-logger'
import { headlessAppDeps } from '../../helpers/running-app'

const draft = {
  provider: 'tel4vn',
  label: 'Relayed desk',
  baseUrl: 'https://tel4vn.example.vn',
  tenantId: null,
  role: { kind: 'agent', extension: '100' },
  polling: { enabled: false, intervalSeconds: null },
  relay: { url: 'nats://relay.example.com:4222', tenant: 't1', user: 'desk-100' },
}

describe("a relay account's NATS password", () => {
  it('goes to the keychain under its own entry, never to settings or the renderer, and is known for redaction', async () => {
    const keychain = createMemorySecretStore()
    const known = createKnownSecrets()
    const store: Record<string, unknown> = {}
    const app = createApp(headlessAppDeps({ secrets: keychain, knownSecrets: known, settingsBackend: { store } }))
    const call = (operation: string, payload: unknown) => dispatch(app.handlers, operation, payload, recordingLogger())

    const refused = await call('accounts.create', { draft, secret: 'tel4vn-token-1' })
    expect(refused).toMatchObject({ ok: false, error: { problem: { code: 'accounts:problems.relay.enterPassword' } } })

    const created = await call('accounts.create', { draft, secret: 'tel4vn-token-1', relayPassword: 'nats-pass-100' })
    expect(created.ok).toBe(true)
    const view = created.ok ? (created.value as { id: string; hasRelayPassword?: boolean }) : { id: '' }
    expect(view.hasRelayPassword).toBe(true)
    expect(JSON.stringify(created)).not.toContain('nats-pass-100')
    expect(JSON.stringify(app.settings.read())).not.toContain('nats-pass-100')
    expect(await keychain.get(`relay ${view.id}`)).toBe('nats-pass-100')
    expect(known.redact('pass nats-pass-100')).toBe('pass [redacted]')

    // A save without a new password keeps it; no relay any more takes it out of the keychain.
    expect((await call('accounts.update', { id: view.id, draft })).ok).toBe(true)
    expect(await keychain.get(`relay ${view.id}`)).toBe('nats-pass-100')
    expect((await call('accounts.update', { id: view.id, draft: { ...draft, relay: null } })).ok).toBe(true)
    expect(await keychain.get(`relay ${view.id}`)).toBeUndefined()
    await app.dispose()
  })

  it('refuses a ws:// relay address by name', async () => {
    const app = createApp(headlessAppDeps())
    const answer = await dispatch(
      app.handlers,
      'accounts.create',
      {
        draft: { ...draft, relay: { ...draft.relay, url: 'ws://relay.example.com' } },
        secret: 't',
        relayPassword: 'p',
      },
      recordingLogger(),
    )
    expect(JSON.stringify(answer)).toContain('accounts:problems.relay.scheme')
    await app.dispose()
  })
})
