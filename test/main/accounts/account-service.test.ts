import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import Conf from 'conf'
import { afterEach, describe, expect, it } from 'vitest'

import { createAccountService } from '../../../src/main/accounts/account-service'
import { createPoolRegistry } from '../../../src/main/providers/http/pool-registry'
import {
  createMemorySecretStore,
  SecretStoreUnavailableError,
  type SecretStore,
} from '../../../src/main/secrets/secret-store'
import { openSettingsRepository, type SettingsBackend } from '../../../src/main/settings/settings-repository'
import type { AccountDraft, AccountView } from '../../../src/shared/domain/accounts'
import { manualClock } from '../../helpers/manual-clock'
import { recordingLogger } from '../../helpers/recording-logger'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const pools = createPoolRegistry()
afterEach(async () => {
  await pools.close()
})

const draft: AccountDraft = {
  provider: 'alohub',
  label: 'Hà Nội supervisors',
  baseUrl: 'https://xapi.alohub.vn/',
  tenantId: '20260310',
  role: { kind: 'supervisor' },
  polling: { enabled: true, intervalSeconds: null },
}

async function setUp(secrets: SecretStore = createMemorySecretStore()) {
  const cwd = await tempDir()
  const backend = new Conf<Record<string, unknown>>({
    projectName: 'AgentDesk',
    cwd,
    configName: 'settings',
  }) as SettingsBackend
  const settings = openSettingsRepository(backend, recordingLogger())
  const changes: Array<ReadonlyArray<AccountView>> = []
  let ids = 0
  const service = createAccountService({
    settings,
    secrets,
    pools,
    clock: manualClock(),
    onChange: (list) => changes.push(list),
    newId: () => `00000000-0000-4000-8000-00000000000${(ids += 1)}`,
  })
  const file = () => readFile(join(cwd, 'settings.json'), 'utf8')
  return { service, secrets, changes, file }
}

describe('account service', () => {
  it('creates an account: key in the keychain, the rest in settings, never the key', async () => {
    const { service, secrets, changes, file } = await setUp()
    const created = await service.create(draft, 'sk_live_hanoi_123')
    expect(created).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      baseUrl: 'https://xapi.alohub.vn',
      hasSecret: true,
      demo: false,
    })
    expect(await secrets.get(created.id)).toBe('sk_live_hanoi_123')
    expect(await file()).toContain('Hà Nội supervisors')
    expect(await file()).not.toContain('sk_live_hanoi_123')
    expect(changes).toHaveLength(1)
  })

  it('keeps the stored key on an edit without one and replaces it with a new one', async () => {
    const { service, secrets } = await setUp()
    const { id } = await service.create(draft, 'sk_live_old')
    await service.update(id, { ...draft, label: 'Renamed' }, undefined)
    expect(await secrets.get(id)).toBe('sk_live_old')
    await service.update(id, draft, 'sk_live_new')
    expect(await secrets.get(id)).toBe('sk_live_new')
    expect((await service.list())[0]?.label).toBe('Hà Nội supervisors')
  })

  it('drops the tenant id for providers that have none', async () => {
    const { service } = await setUp()
    const created = await service.create({ ...draft, provider: 'voipbin', tenantId: 'x' }, 'token-1234')
    expect(created.tenantId).toBeNull()
  })

  it('refuses a screen-pop template holding the account key, new or stored, and keeps it where it rings', async () => {
    const { service, file } = await setUp()
    const tel4vn: AccountDraft = {
      ...draft,
      provider: 'tel4vn',
      tenantId: null,
      screenPop: { template: 'https://crm.example.vn/?phone={number}&k=tok%2Fen-1234', openOn: 'click' },
    }
    await expect(service.create(tel4vn, 'tok/en-1234')).rejects.toMatchObject({
      kind: 'invalid_request',
      problem: { code: 'accounts:problems.screenPop.containsKey' },
    })
    const safe = {
      ...tel4vn,
      screenPop: { template: 'https://crm.example.vn/?phone={number}', openOn: 'ring' },
    } as const
    const { id, screenPop } = await service.create(safe, 'tok/en-1234')
    expect(screenPop).toEqual(safe.screenPop)
    const leaky = {
      ...safe,
      screenPop: { template: 'https://crm.example.vn/tok/en-1234/{number}', openOn: 'ring' },
    } as const
    // No new key in the edit: the stored one is checked.
    await expect(service.update(id, leaky, undefined)).rejects.toMatchObject({
      problem: { code: 'accounts:problems.screenPop.containsKey' },
    })
    expect(await file()).not.toContain('tok/en-1234')
    // AloHub never rings: a template sent for it is not kept.
    expect((await service.create({ ...draft, screenPop: safe.screenPop }, 'alohub-key')).screenPop).toBeUndefined()
  })

  it('removes the key together with the account', async () => {
    const { service, secrets, file } = await setUp()
    const { id } = await service.create(draft, 'sk_live_gone')
    await service.remove(id)
    expect(await secrets.get(id)).toBeUndefined()
    expect(await service.list()).toEqual([])
    expect(await file()).not.toContain('Hà Nội')
  })

  it('saves nothing when the keychain is unavailable, and says what to do', async () => {
    const broken: SecretStore = {
      get: async () => undefined,
      set: async () => {
        throw new SecretStoreUnavailableError({
          code: 'problems:keychain.linux',
          params: { detail: 'no Secret Service' },
        })
      },
      delete: async () => false,
    }
    const { service, file } = await setUp(broken)
    await expect(service.create(draft, 'sk_live_nowhere')).rejects.toMatchObject({
      kind: 'not_allowed',
      problem: { code: 'problems:keychain.linux' },
      message: expect.stringContaining('install and start a Secret Service such as gnome-keyring'),
    })
    expect(await service.list()).toEqual([])
    expect(await file()).not.toContain('sk_live_nowhere')
  })

  it('exports without secrets and imports the export elsewhere', async () => {
    const first = await setUp()
    await first.service.create(draft, 'sk_live_export_me_not')
    const exported = JSON.stringify(first.service.exportAll())
    expect(exported).not.toContain('sk_live')
    expect(exported).not.toContain('00000000-')
    const second = await setUp()
    expect(await second.service.importAll(exported)).toEqual({ added: 1, skipped: 0 })
    expect(await second.service.importAll(exported)).toEqual({ added: 0, skipped: 1 })
    expect((await second.service.list())[0]).toMatchObject({ label: 'Hà Nội supervisors', hasSecret: false })
  })

  it('keeps the Tel4vn sign-in way and the VoIPbin customer id through edits, export and import', async () => {
    const first = await setUp()
    const tel4vn = await first.service.create(
      { ...draft, provider: 'tel4vn', label: 'Hotline', baseUrl: 'https://api.tel4vn.example', tenantId: null },
      'tel4vn_token_1',
    )
    // Stored even when it is the default, so no later reading has to guess; another provider's field is dropped.
    expect(tel4vn).toMatchObject({ tel4vnSignIn: 'token' })
    expect(tel4vn).not.toHaveProperty('voipbinCustomerId')
    const edited = await first.service.update(tel4vn.id, {
      ...draft,
      provider: 'tel4vn',
      label: 'Hotline',
      baseUrl: 'https://api.tel4vn.example',
      tenantId: null,
      tel4vnSignIn: 'key_exchange',
      voipbinCustomerId: 'not-for-tel4vn',
    })
    expect(edited).toMatchObject({ tel4vnSignIn: 'key_exchange' })
    expect(edited).not.toHaveProperty('voipbinCustomerId')
    const voipbin = await first.service.create(
      {
        ...draft,
        provider: 'voipbin',
        label: 'Agents',
        baseUrl: 'https://api.voipbin.net/v1.0',
        tenantId: null,
        voipbinCustomerId: ' 5e4a0680-804e-11ec-8477-2fea5968d85b ',
        tel4vnSignIn: 'key_exchange',
      },
      'vb_token_1',
    )
    expect(voipbin).toMatchObject({ voipbinCustomerId: '5e4a0680-804e-11ec-8477-2fea5968d85b' })
    expect(voipbin).not.toHaveProperty('tel4vnSignIn')
    const blank = await first.service.update(voipbin.id, { ...draft, provider: 'voipbin', voipbinCustomerId: '' })
    expect(blank).toMatchObject({ voipbinCustomerId: null })
    await first.service.update(voipbin.id, {
      ...draft,
      provider: 'voipbin',
      label: 'Agents',
      baseUrl: 'https://api.voipbin.net/v1.0',
      voipbinCustomerId: 'customer-7',
    })

    const exported = first.service.exportAll()
    expect(exported.version).toBe(2)
    const second = await setUp()
    expect(await second.service.importAll(JSON.stringify(exported))).toEqual({ added: 2, skipped: 0 })
    expect(
      (await second.service.list()).map(({ label, tel4vnSignIn, voipbinCustomerId }) => ({
        label,
        tel4vnSignIn,
        voipbinCustomerId,
      })),
    ).toEqual([
      { label: 'Hotline', tel4vnSignIn: 'key_exchange', voipbinCustomerId: undefined },
      { label: 'Agents', tel4vnSignIn: undefined, voipbinCustomerId: 'customer-7' },
    ])
  })

  it('reads a Tel4vn account of a version 1 export as the key exchange it was set up with', async () => {
    const { service } = await setUp()
    const tel4vn = { ...draft, provider: 'tel4vn' as const, tenantId: null, baseUrl: 'https://api.tel4vn.example' }
    const file = (version: number, accounts: unknown[]) =>
      JSON.stringify({ format: 'agentdesk-accounts', version, exportedAt: '2026-11-24T09:00:00.000Z', accounts })
    await service.importAll(file(1, [{ ...tel4vn, label: 'Old' }]))
    await service.importAll(file(2, [{ ...tel4vn, label: 'New' }]))
    expect((await service.list()).map(({ label, tel4vnSignIn }) => [label, tel4vnSignIn])).toEqual([
      ['Old', 'key_exchange'],
      ['New', 'token'],
    ])
  })

  it('imports nothing from an invalid file and says where it is wrong', async () => {
    const { service } = await setUp()
    await service.create(draft, 'sk_live_keep')
    const bad = JSON.stringify({
      format: 'agentdesk-accounts',
      version: 1,
      exportedAt: '2026-11-24T09:00:00.000Z',
      accounts: [
        { ...draft, label: 'fine' },
        { ...draft, label: 'broken', baseUrl: 'not a url' },
      ],
    })
    await expect(service.importAll(bad)).rejects.toThrow(
      /not an AgentDesk accounts file at accounts\.1\.baseUrl: Enter a full URL.*Nothing was imported/,
    )
    await expect(service.importAll('{oops')).rejects.toThrow('That file is not JSON. Nothing was imported.')
    expect((await service.list()).map((account) => account.label)).toEqual(['Hà Nội supervisors'])
  })

  it('refuses to edit or remove an account that is gone', async () => {
    const { service } = await setUp()
    await expect(service.remove('00000000-0000-4000-8000-000000000009')).rejects.toThrow(/no longer exists/)
  })

  it('asks for a key before testing an account without one', async () => {
    const { service } = await setUp()
    expect(await service.test(draft, undefined, undefined)).toEqual({
      ok: false,
      outcome: 'no_key',
      problem: { code: 'problems:connection.noKey' },
    })
  })
})
