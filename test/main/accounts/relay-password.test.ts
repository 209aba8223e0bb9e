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

describe('an AloHub account through the team relay', () => {
  const alohub = {
    ...draft,
    provider: 'alohub',
    label: 'AloHub through the relay',
    baseUrl: 'https://xapi.alohub.vn',
    role: { kind: 'supervisor' },
    relay: { ...draft.relay, user: 'boss' },
  }

  it('is kept for a supervisor, and refused by name for an agent, whose NATS user may not read the tenant’s agents', async () => {
    const store: Record<string, unknown> = {}
    const app = createApp(headlessAppDeps({ settingsBackend: { store } }))
    const call = (operation: string, payload: unknown) => dispatch(app.handlers, operation, payload, recordingLogger())

    const agent = { ...alohub, role: { kind: 'agent', extension: '100' } }
    const refused = await call('accounts.create', { draft: agent, secret: 'alohub-key', relayPassword: 'p' })
    expect(refused).toMatchObject({ ok: false, error: { problem: { code: 'accounts:problems.relay.alohubAgent' } } })
    expect(app.settings.read().accounts).toEqual([])

    const created = await call('accounts.create', { draft: alohub, secret: 'alohub-key', relayPassword: 'p' })
    expect(created.ok).toBe(true)
    expect(app.settings.read().accounts[0]?.relay).toEqual(alohub.relay)
    const id = created.ok ? (created.value as { id: string }).id : ''
    // Made an agent later: refused too, and the account stays as it was.
    const update = await call('accounts.update', { id, draft: agent })
    expect(update).toMatchObject({ ok: false, error: { problem: { code: 'accounts:problems.relay.alohubAgent' } } })
    expect(app.settings.read().accounts[0]?.role).toEqual({ kind: 'supervisor' })
    // Without the relay, an agent account is fine.
    expect((await call('accounts.update', { id, draft: { ...agent, relay: null } })).ok).toBe(true)
    await app.dispose()
  })
})
