import type { AgentHubPermission } from '../../../../shared/domain/agenthub'
import type { OverrideFields, OverridePatch } from '../../../../shared/domain/agenthub-forms'
import type { Problem } from '../../../../shared/i18n/problem'
import type { AccountClients } from '../../../accounts/account-clients'
import type { AccountService } from '../../../accounts/account-service'
import type { OperationHandlers } from '../../../ipc/dispatch'
import { OperationError } from '../../../ipc/operation-error'
import { ProviderError } from '../../http/provider-error'
import { allAgentHubPages } from '../agenthub-client'

import { abilitiesFrom, createRefusalMemory, keyFingerprint, type Refusal } from './agenthub-abilities'

type AgentHubHandlers = Pick<
  OperationHandlers,
  | 'agenthub.session'
  | 'agenthub.recheck'
  | 'agenthub.listOverrides'
  | 'agenthub.createOverride'
  | 'agenthub.updateOverride'
  | 'agenthub.deleteOverride'
  | 'agenthub.listTools'
  | 'agenthub.listExecutions'
  | 'agenthub.getExecution'
>

/** The AI agents screen's operations, each on the AgentHub account it names. */
export function createAgentHubHandlers(deps: {
  readonly accounts: AccountService
  readonly clients: Pick<AccountClients, 'clientFor' | 'secretFor'>
  /** When a remembered refusal expires is measured on this clock (ms). */
  readonly now?: () => number
}): AgentHubHandlers {
  const clientFor = (accountId: string) => deps.clients.clientFor(accountId, 'agenthub')
  const refusals = createRefusalMemory(deps.now ? { now: deps.now } : {})
  const keyOf = async (accountId: string) =>
    keyFingerprint(
      deps.accounts.find(accountId)?.baseUrl ?? '',
      await deps.clients
        .secretFor(accountId)()
        .catch(() => ''),
    )

  /**
   * Calls one AgentHub API (named as the document names it), about `object` when it acts on one.
   * A 403 is remembered for the account, so the screen turns the action off and says why (and on
   * which object); an answer forgets an older 403.
   */
  const api = async <T>(
    accountId: string,
    name: string,
    call: () => Promise<T>,
    object?: Refusal['object'],
  ): Promise<T> => {
    try {
      const answer = await call()
      refusals.forget(accountId, name)
      return answer
    } catch (error) {
      if (error instanceof ProviderError && error.status === 403) {
        refusals.remember(accountId, await keyOf(accountId), name, {
          status: 403,
          // AgentHub's own words only; the screen says the rest, in the user's language.
          message: error.providerMessage ?? '',
          ...(object ? { object } : {}),
        })
      }
      throw error
    }
  }

  /**
   * Who is signed in (/currentuser must answer) and what they may do. /permissions fails open: a
   * server that will not list them (403, 5xx) leaves the screen usable, with nothing turned off
   * for it; when it lists them and they changed, what AgentHub refused before is tried again.
   */
  const session = async (accountId: string) => {
    const client = clientFor(accountId)
    const [user, listed] = await Promise.all([
      client.currentUser(),
      client.permissions().then(
        (permissions): { permissions: ReadonlyArray<AgentHubPermission>; unavailable?: Problem } => ({ permissions }),
        (error: unknown) => {
          if (error instanceof ProviderError) return { permissions: [], unavailable: error.problem }
          throw error
        },
      ),
    ])
    const key = await keyOf(accountId)
    if (listed.unavailable === undefined) refusals.permissionsRead(accountId, key, listed.permissions)
    const { abilities, denials } = abilitiesFrom(listed.permissions, refusals.of(accountId, key))
    return {
      user,
      abilities,
      denials,
      permissions: listed.permissions,
      ...(listed.unavailable === undefined ? {} : { permissionsUnavailable: listed.unavailable }),
    }
  }

  return {
    async 'agenthub.session'({ accountId }) {
      return session(accountId)
    },
    async 'agenthub.recheck'({ accountId }) {
      refusals.forgetAll(accountId)
      return session(accountId)
    },
    async 'agenthub.listOverrides'({ accountId, pageNumber, pageRowCount }) {
      const client = clientFor(accountId)
      return api(accountId, 'listAgentOverrides', () => client.listOverrides({ pageNumber, pageRowCount }))
    },
    async 'agenthub.createOverride'({ accountId, draft }) {
      const { agentName, enabled: _enabledOnCreate, ...fields } = draft
      const client = clientFor(accountId)
      // AgentHub creates overrides enabled; a disabled one is a second step.
      const created = await api(accountId, 'createAgentOverride', () =>
        client.createOverride({ agentName, ...toWire(fields) }),
      )
      if (draft.enabled) return created
      return api(accountId, 'updateAgentOverride', () => client.updateOverride(created.id, { enabled: false }), {
        id: created.id,
        name: created.agentName,
      })
    },
    async 'agenthub.updateOverride'({ accountId, id, baseVersion, patch, overwrite }) {
      const client = clientFor(accountId)
      // AgentHub's PATCH takes no version, so the check is made just before it.
      const current = await api(accountId, 'getAgentOverride', () => client.getOverride(id), { id, name: null })
      if (!current.isActive) {
        throw new OperationError('not_allowed', {
          code: 'problems:agenthub.deletedMeanwhile',
          params: { name: current.agentName },
        })
      }
      if (current.recordVersion !== baseVersion && !overwrite) return { outcome: 'conflict', current }
      const saved = await api(accountId, 'updateAgentOverride', () => client.updateOverride(id, toWire(patch)), {
        id,
        name: current.agentName,
      })
      return { outcome: 'saved', override: saved }
    },
    async 'agenthub.deleteOverride'({ accountId, id }) {
      const client = clientFor(accountId)
      return api(accountId, 'deleteAgentOverride', () => client.deleteOverride(id), { id, name: null })
    },
    async 'agenthub.listTools'({ accountId }) {
      const client = clientFor(accountId)
      const tools = []
      for await (const page of allAgentHubPages((page) => client.listTools(undefined, page))) tools.push(...page)
      return tools
    },
    async 'agenthub.listExecutions'({ accountId, filter, pageNumber, pageRowCount }) {
      const client = clientFor(accountId)
      return api(accountId, 'listAgentExecutions', () => client.listExecutions({ ...filter, pageNumber, pageRowCount }))
    },
    async 'agenthub.getExecution'({ accountId, id }) {
      const client = clientFor(accountId)
      return api(accountId, 'getAgentExecution', () => client.getExecution(id), { id, name: null })
    },
  }
}

/** Guardrail limits left empty are left out: AgentHub takes a number or nothing. */
function toWire<T extends Partial<OverrideFields> | OverridePatch>(fields: T): T {
  if (!fields.guardrails) return fields
  const guardrails = Object.fromEntries(Object.entries(fields.guardrails).filter(([, value]) => value !== null))
  return { ...fields, guardrails }
}
