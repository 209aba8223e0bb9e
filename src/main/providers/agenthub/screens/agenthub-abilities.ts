import { createHash } from 'node:crypto'

import type { AgentHubPermission } from '../../../../shared/domain/agenthub'
import {
  agentHubActions,
  type AgentHubAbilities,
  type AgentHubAction,
  type AgentHubDenial,
  type AgentHubDenials,
} from '../../../../shared/domain/agenthub-views'

/**
 * The APIs each action of the screen calls, by the names the document gives them ("The
 * updateAgentOverride api has got 10 regular request parameters"). An update reads the override
 * first (the version check), so it needs getAgentOverride as well.
 *
 * Decision: which permission names AgentHub uses for its actions is not documented; its examples
 * (`adminPanel.access`, `orders.manage`) are names a server makes up. The generated service names
 * its API permissions after its APIs, so a record counts for an action only when its
 * permissionName is exactly one of these API names (same case) and it is about no single object
 * (objectId null). Every other name is shown to the user but never turns anything off: the
 * service, not a guess, says no, with a 403 that is then remembered (createRefusalMemory).
 */
export const actionApis: Readonly<Record<AgentHubAction, ReadonlyArray<string>>> = {
  view: ['listAgentOverrides'],
  create: ['createAgentOverride'],
  update: ['getAgentOverride', 'updateAgentOverride'],
  delete: ['deleteAgentOverride'],
  viewExecutions: ['listAgentExecutions', 'getAgentExecution'],
}

/** A 403 AgentHub answered to one API, in its own words, and the one object it was about, if any. */
export interface Refusal {
  readonly status: number
  readonly message: string
  /**
   * The override (or execution) the refused call was about. Decision: a 403 on one object is
   * remembered for the whole action, since AgentHub's error does not say whether it was about
   * that object only; the reason names the object, so the user can tell.
   */
  readonly object?: { readonly id: string; readonly name: string | null }
}

/**
 * What the user may do: everything, except an action one of whose APIs AgentHub refused (a
 * remembered 403 comes first: it is what the service did) or named in a record with canDo false.
 */
export function abilitiesFrom(
  permissions: ReadonlyArray<AgentHubPermission>,
  refusals: ReadonlyMap<string, Refusal>,
): { abilities: AgentHubAbilities; denials: AgentHubDenials } {
  const saidNo = new Set(
    permissions.filter((record) => !record.canDo && record.objectId === null).map((record) => record.permissionName),
  )
  const denials: AgentHubDenials = {}
  for (const action of agentHubActions) {
    const denial = denialOf(actionApis[action], saidNo, refusals)
    if (denial) denials[action] = denial
  }
  const abilities = Object.fromEntries(agentHubActions.map((action) => [action, !denials[action]]))
  return { abilities: abilities as AgentHubAbilities, denials }
}

function denialOf(
  apis: ReadonlyArray<string>,
  saidNo: ReadonlySet<string>,
  refusals: ReadonlyMap<string, Refusal>,
): AgentHubDenial | undefined {
  for (const api of apis) {
    const refusal = refusals.get(api)
    if (refusal) return { kind: 'refused', api, ...refusal }
  }
  const named = apis.find((api) => saidNo.has(api))
  return named ? { kind: 'permission', permissionName: named } : undefined
}

/** How long a remembered refusal holds: long enough not to retry in a loop, short enough to heal. */
export const REFUSAL_TTL_MS = 10 * 60_000

/** The 403s of this app run, per account and per API. */
export interface RefusalMemory {
  /** The refusals of an account under the key it has now; a different key forgets the old ones. */
  of(accountId: string, key: string): ReadonlyMap<string, Refusal>
  remember(accountId: string, key: string, api: string, refusal: Refusal): void
  /** AgentHub answered the API after all (its admin changed something): the refusal no longer holds. */
  forget(accountId: string, api: string): void
  /** Every refusal of the account goes ("Check again"). */
  forgetAll(accountId: string): void
  /**
   * The session read the account's /permissions again; when they differ from the last reading,
   * AgentHub's admin changed something, so what it refused before may be allowed now.
   */
  permissionsRead(accountId: string, key: string, permissions: ReadonlyArray<AgentHubPermission>): void
}

/**
 * Keeps the refusals in memory only. An account's refusals belong to the user its key signs in
 * as; `key` is a fingerprint of the base URL and the secret (keyFingerprint), so a new key or
 * another server starts with a clean slate. A refusal also goes after `ttlMs`, when /permissions
 * change, or when the user asks to check again: without a way back, an action refused once would
 * never be tried again, so a refusal lifted on the server could never be seen.
 */
export function createRefusalMemory(
  options: { readonly now?: () => number; readonly ttlMs?: number } = {},
): RefusalMemory {
  const now = options.now ?? Date.now
  const ttlMs = options.ttlMs ?? REFUSAL_TTL_MS
  type Remembered = Refusal & { readonly at: number }
  /** Per account: its key, its refusals, and the /permissions last read (fingerprint). */
  type Account = { key: string; byApi: Map<string, Remembered>; permissions?: string }
  const accounts = new Map<string, Account>()
  const current = (accountId: string, key: string): Account => {
    const known = accounts.get(accountId)
    if (known && known.key === key) return known
    const fresh: Account = { key, byApi: new Map<string, Remembered>() }
    accounts.set(accountId, fresh)
    return fresh
  }
  return {
    of(accountId, key) {
      const { byApi } = current(accountId, key)
      for (const [api, refusal] of byApi) if (now() - refusal.at >= ttlMs) byApi.delete(api)
      return new Map([...byApi].map(([api, { at: _at, ...refusal }]) => [api, refusal]))
    },
    remember(accountId, key, api, refusal) {
      current(accountId, key).byApi.set(api, { ...refusal, at: now() })
    },
    forget(accountId, api) {
      accounts.get(accountId)?.byApi.delete(api)
    },
    forgetAll(accountId) {
      accounts.get(accountId)?.byApi.clear()
    },
    permissionsRead(accountId, key, permissions) {
      const account = current(accountId, key)
      const reading = permissionsFingerprint(permissions)
      if (account.permissions !== undefined && account.permissions !== reading) account.byApi.clear()
      account.permissions = reading
    },
  }
}

/** The records as a set: the same grants in another order are the same permissions. */
function permissionsFingerprint(permissions: ReadonlyArray<AgentHubPermission>): string {
  return JSON.stringify(
    permissions
      .map((record) =>
        JSON.stringify([
          record.id,
          record.permissionName,
          record.canDo,
          record.roleId,
          record.subjectUserId,
          record.subjectUserGroupId,
          record.objectId,
          record.tenantCodename,
        ]),
      )
      .sort(),
  )
}

/** A one-way fingerprint of where and as whom an account signs in; the secret itself is never kept. */
export function keyFingerprint(baseUrl: string, secret: string): string {
  return createHash('sha256').update(baseUrl).update('\0').update(secret).digest('hex')
}
