import { randomUUID } from 'node:crypto'

import { relayedProviderIds, relayRoleProblem } from '../../shared/domain/account-relay'
import {
  accountsExportSchema,
  type Account,
  type AccountDraft,
  type AccountsExport,
  type AccountView,
  type ConnectionTestResult,
} from '../../shared/domain/accounts'
import { screenPopProviders } from '../../shared/domain/screen-pop'
import { readProblem } from '../../shared/i18n/problem'
import type { EventPayloadOf } from '../../shared/ipc/contract'
import type { Clock } from '../core/clock'
import { OperationError } from '../ipc/operation-error'
import type { PoolRegistry } from '../providers/http/pool-registry'
import { SecretStoreUnavailableError, type SecretStore } from '../secrets/secret-store'
import type { SettingsRepository } from '../settings/settings-repository'

import { clientShape, MissingKeyError, type AccountClients } from './account-clients'
import { testConnection } from './connection-test'
import { relayPasswordKeeper, relayPasswordMissing } from './relay-password'

/** Accounts and their secrets, kept apart: settings file for the one, keychain for the other. */
export interface AccountService {
  list(): Promise<ReadonlyArray<AccountView>>
  /** `relayPassword`: the team relay's NATS password, required when the draft has a relay. */
  create(draft: AccountDraft, secret: string, relayPassword?: string): Promise<AccountView>
  /** A new secret (or relay password) replaces the stored one; without one the stored one stays. */
  update(id: string, draft: AccountDraft, secret?: string, relayPassword?: string): Promise<AccountView>
  remove(id: string): Promise<void>
  /** Tests a draft with a typed key, or with the stored key of an existing account. */
  test(draft: AccountDraft, secret: string | undefined, accountId: string | undefined): Promise<ConnectionTestResult>
  exportAll(): AccountsExport
  /** All or nothing: a file that does not validate changes nothing. */
  importAll(text: string): Promise<{ added: number; skipped: number }>
  /** The stored secret of an account, for the provider clients of the main process only. */
  secretOf(id: string): Promise<string | undefined>
  /** The stored NATS password of an account's team relay, for the monitor's relay link only. */
  relayPasswordOf(id: string): Promise<string | undefined>
  find(id: string): Account | undefined
  /** Tells listeners the list changed for a reason outside this service (the demo). */
  announce(): Promise<void>
}

/** Creates the service; onChange runs after every change with the new list. */
export function createAccountService(deps: {
  settings: SettingsRepository
  /** The demo workspace's accounts, when it runs; they live in memory only. */
  demo?: () => { accounts: ReadonlyArray<AccountView>; secretOf(id: string): string | undefined } | undefined
  secrets: SecretStore
  pools: PoolRegistry
  clock: Clock
  onChange: (accounts: ReadonlyArray<AccountView>) => void
  /**
   * The accounts' shared clients (built after this service, hence a function): a change drops
   * an account's client and key, and a saved account is tested on its own client.
   */
  clients?: () => Pick<AccountClients, 'clientFor' | 'secretFor' | 'drop'>
  /** One saved account changed or went, after its client was dropped and onChange ran. */
  onAccountChanged?: (change: EventPayloadOf<'accounts.accountChanged'>) => void
  newId?: () => string
}): AccountService {
  const newId = deps.newId ?? randomUUID
  const accounts = () => deps.settings.read().accounts
  const secretPresence = new Map<string, boolean>()

  const keychain = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action()
    } catch (error) {
      if (error instanceof SecretStoreUnavailableError) throw new OperationError('not_allowed', error.problem)
      throw error
    }
  }

  const hasSecret = async (id: string) => {
    const known = secretPresence.get(id)
    if (known !== undefined) return known
    const present = (await keychain(() => deps.secrets.get(id))) !== undefined
    secretPresence.set(id, present)
    return present
  }

  const relayPasswords = relayPasswordKeeper(deps.secrets, keychain)

  const view = async (account: Account): Promise<AccountView> => ({
    ...account,
    hasSecret: await hasSecret(account.id),
    demo: false,
    ...(account.relay ? { hasRelayPassword: await relayPasswords.has(account.id) } : {}),
  })

  const list = async () => [...(await Promise.all(accounts().map(view))), ...(deps.demo?.()?.accounts ?? [])]
  const demoSecret = (id: string) => deps.demo?.()?.secretOf(id)
  const changed = async () => deps.onChange(await list())
  const find = (id: string): Account | undefined =>
    accounts().find((account) => account.id === id) ?? deps.demo?.()?.accounts.find((account) => account.id === id)
  const savedKey = async (id: string) => {
    if (!deps.clients) return demoSecret(id) ?? (await keychain(() => deps.secrets.get(id)))
    try {
      return await deps.clients().secretFor(id)()
    } catch (error) {
      if (error instanceof MissingKeyError) return undefined
      throw error
    }
  }
  const mustFind = (id: string) => {
    if (demoSecret(id) !== undefined) {
      throw new OperationError('not_allowed', { code: 'problems:account.demo' })
    }
    const account = accounts().find((candidate) => candidate.id === id)
    if (!account) throw new OperationError('not_allowed', { code: 'problems:account.gone' })
    return account
  }
  // Each provider keeps only its own settings; Tel4vn's sign-in way is stored even when it is
  // the default, so that no later reading has to guess it.
  const normalise = ({
    tel4vnSignIn,
    voipbinCustomerId,
    screenPop,
    voipbinAwayAfterMissed,
    relay,
    ...draft
  }: AccountDraft): AccountDraft => ({
    ...draft,
    tenantId: draft.provider === 'alohub' && draft.tenantId ? draft.tenantId : null,
    baseUrl: draft.baseUrl.replace(/\/+$/, ''),
    ...(draft.provider === 'tel4vn' ? { tel4vnSignIn: tel4vnSignIn ?? 'token' } : {}),
    // An imported AloHub agent keeps no relay it could never use (create and update refuse one).
    ...((relayedProviderIds as ReadonlyArray<string>).includes(draft.provider)
      ? { relay: relayRoleProblem(draft.provider, draft.role.kind) ? null : (relay ?? null) }
      : {}),
    ...(draft.provider === 'voipbin' ? { voipbinCustomerId: voipbinCustomerId?.trim() || null } : {}),
    ...(screenPopProviders.includes(draft.provider) && screenPop?.template ? { screenPop } : {}),
    ...(draft.provider === 'voipbin' && draft.role.kind === 'agent' && voipbinAwayAfterMissed
      ? { voipbinAwayAfterMissed: true }
      : {}),
  })
  // The template is kept in the settings file and ends up in a browser's history: a key typed into
  // it (a CRM that wants one, copied by mistake) is refused, raw or encoded.
  const refuseKeyInScreenPop = (draft: AccountDraft, key: string | undefined) => {
    const template = draft.screenPop?.template
    if (!template || !key || key.length < 4) return
    if ([key, encodeURIComponent(key)].some((form) => template.includes(form))) {
      throw new OperationError('invalid_request', { code: 'accounts:problems.screenPop.containsKey' })
    }
  }

  // An AloHub agent's NATS user may not read the tenant's agents: a relay it could never use is refused.
  const refuseRelayForRole = (draft: AccountDraft) => {
    const code = draft.relay ? relayRoleProblem(draft.provider, draft.role.kind) : null
    if (code) throw new OperationError('invalid_request', { code })
  }

  return {
    list,
    async create(draft, secret, relayPassword) {
      refuseRelayForRole(draft)
      refuseKeyInScreenPop(draft, secret)
      const account: Account = { ...normalise(draft), id: newId(), createdAt: deps.clock.now().toISOString() }
      if (account.relay && relayPassword === undefined) throw relayPasswordMissing()
      // The key goes to the keychain first: if that fails, no account without its key is left behind.
      await keychain(() => deps.secrets.set(account.id, secret))
      secretPresence.set(account.id, true)
      if (account.relay && relayPassword !== undefined) await relayPasswords.set(account.id, relayPassword)
      deps.settings.update({ accounts: [...accounts(), account] })
      await changed()
      return view(account)
    },
    async update(id, draft, secret, relayPassword) {
      const current = mustFind(id)
      refuseRelayForRole(draft)
      refuseKeyInScreenPop(draft, secret ?? (draft.screenPop?.template ? await savedKey(id) : undefined))
      const next: Account = { ...normalise(draft), id, createdAt: current.createdAt }
      if (next.relay && relayPassword === undefined && !(await relayPasswords.has(id))) throw relayPasswordMissing()
      if (secret !== undefined) {
        await keychain(() => deps.secrets.set(id, secret))
        secretPresence.set(id, true)
      }
      // No relay any more: its password leaves the keychain with it.
      if (!next.relay) await relayPasswords.remove(id)
      else if (relayPassword !== undefined) await relayPasswords.set(id, relayPassword)
      deps.settings.update({ accounts: accounts().map((account) => (account.id === id ? next : account)) })
      deps.clients?.().drop(id)
      await changed()
      deps.onAccountChanged?.({
        accountId: id,
        change: secret === undefined && relayPassword === undefined ? 'settings' : 'key',
      })
      return view(next)
    },
    async remove(id) {
      mustFind(id)
      await keychain(() => deps.secrets.delete(id))
      secretPresence.delete(id)
      await relayPasswords.remove(id)
      deps.settings.update({ accounts: accounts().filter((account) => account.id !== id) })
      deps.clients?.().drop(id)
      await changed()
      deps.onAccountChanged?.({ accountId: id, change: 'removed' })
    },
    async test(draft, secret, accountId) {
      const key = secret ?? (accountId ? await savedKey(accountId) : undefined)
      if (key === undefined) {
        return { ok: false, outcome: 'no_key', problem: { code: 'problems:connection.noKey' } }
      }
      const tested = normalise(draft)
      const saved = secret === undefined && accountId ? find(accountId) : undefined
      // A saved account, tested as it is saved, is tested on the client everything else uses.
      const client =
        saved && deps.clients && clientShape(saved) === clientShape(tested)
          ? deps.clients().clientFor(saved.id, saved.provider)
          : undefined
      try {
        return await testConnection(tested, key, deps.pools, undefined, client)
      } catch (error) {
        if (error instanceof OperationError) throw error
        return {
          ok: false,
          outcome: 'unexpected_response',
          problem: { code: 'problems:connection.notCompleted' },
          detail: {
            code: 'problems:unexpected',
            params: { detail: error instanceof Error ? error.message : String(error) },
          },
        }
      }
    },
    exportAll() {
      return {
        format: 'agentdesk-accounts',
        version: 2,
        exportedAt: deps.clock.now().toISOString(),
        // What the user filled in, through the same normalising as a save: no id, no date.
        accounts: accounts().map(({ id: _id, createdAt: _createdAt, ...draft }) => normalise(draft)),
      }
    },
    async importAll(text) {
      let raw: unknown
      try {
        raw = JSON.parse(text)
      } catch {
        throw new OperationError('invalid_request', { code: 'problems:account.importNotJson' })
      }
      const parsed = accountsExportSchema.safeParse(raw)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        // A shared schema's problem travels as its code (worded where shown) with its values;
        // zod's own words name what is wrong with the file: a technical detail, as data.
        const inner = issue && readProblem(issue.message)
        const detail = inner
          ? { ...inner.params, details: inner.code }
          : { details: issue?.message ?? 'unknown problem' }
        throw new OperationError(
          'invalid_request',
          issue?.path.length
            ? { code: 'problems:account.importInvalidAt', params: { ...detail, path: issue.path.join('.') } }
            : { code: 'problems:account.importInvalid', params: detail },
        )
      }
      const existing = new Set(accounts().map((account) => identity(account)))
      const fresh: Account[] = []
      let skipped = 0
      const drafts = parsed.data.accounts.map((draft) =>
        // A version 1 file knew one way into Tel4vn: its secret was an API key for the exchange.
        parsed.data.version === 1 && draft.provider === 'tel4vn' && draft.tel4vnSignIn === undefined
          ? normalise({ ...draft, tel4vnSignIn: 'key_exchange' })
          : normalise(draft),
      )
      for (const draft of drafts) {
        if (existing.has(identity(draft))) {
          skipped += 1
          continue
        }
        existing.add(identity(draft))
        fresh.push({ ...draft, id: newId(), createdAt: deps.clock.now().toISOString() })
      }
      if (fresh.length > 0) {
        for (const account of fresh) secretPresence.set(account.id, false)
        deps.settings.update({ accounts: [...accounts(), ...fresh] })
        await changed()
      }
      return { added: fresh.length, skipped }
    },
    announce: changed,
    secretOf: async (id) => demoSecret(id) ?? keychain(() => deps.secrets.get(id)),
    relayPasswordOf: (id) => relayPasswords.get(id),
    find,
  }
}

/** Two accounts are the same when they reach the same place under the same name. */
function identity(account: Pick<AccountDraft, 'provider' | 'baseUrl' | 'label' | 'tenantId'>): string {
  return [account.provider, account.baseUrl.toLowerCase(), account.label.toLowerCase(), account.tenantId ?? ''].join(
    '\n',
  )
}
