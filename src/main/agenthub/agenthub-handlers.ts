import type { OverrideFields, OverridePatch } from '../../shared/domain/agenthub-forms'
import { clientForAccount } from '../accounts/account-client'
import type { AccountService } from '../accounts/account-service'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'
import { allAgentHubPages } from '../providers/agenthub/agenthub-client'
import type { PoolRegistry } from '../providers/http/pool-registry'
import { ProviderError } from '../providers/http/provider-error'

import { abilitiesFrom, createRefusalMemory, keyFingerprint } from './agenthub-abilities'

type AgentHubHandlers = Pick<
  OperationHandlers,
  | 'agenthub.session'
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
  readonly pools: PoolRegistry
}): AgentHubHandlers {
  const clientFor = (accountId: string) => clientForAccount(deps, accountId, 'agenthub')
  const refusals = createRefusalMemory()
  const keyOf = async (accountId: string) =>
    keyFingerprint(deps.accounts.find(accountId)?.baseUrl ?? '', (await deps.accounts.secretOf(accountId)) ?? '')

  /**
   * Calls one AgentHub API (named as the document names it). A 403 is remembered for the
   * account, so the screen turns the action off and says why; an answer forgets an older 403.
   */
  const api = async <T>(accountId: string, name: string, call: () => Promise<T>): Promise<T> => {
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
        })
      }
      throw error
    }
  }

  return {
    async 'agenthub.session'({ accountId }) {
      const client = clientFor(accountId)
      const [user, permissions] = await Promise.all([client.currentUser(), client.permissions()])
      const { abilities, denials } = abilitiesFrom(permissions, refusals.of(accountId, await keyOf(accountId)))
      return { user, abilities, denials, permissions }
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
      return api(accountId, 'updateAgentOverride', () => client.updateOverride(created.id, { enabled: false }))
    },
    async 'agenthub.updateOverride'({ accountId, id, baseVersion, patch, overwrite }) {
      const client = clientFor(accountId)
      // AgentHub's PATCH takes no version, so the check is made just before it.
      const current = await api(accountId, 'getAgentOverride', () => client.getOverride(id))
      if (!current.isActive) {
        throw new OperationError(
          'not_allowed',
          `${current.agentName} was deleted meanwhile; it can no longer be changed.`,
        )
      }
      if (current.recordVersion !== baseVersion && !overwrite) return { outcome: 'conflict', current }
      const saved = await api(accountId, 'updateAgentOverride', () => client.updateOverride(id, toWire(patch)))
      return { outcome: 'saved', override: saved }
    },
    async 'agenthub.deleteOverride'({ accountId, id }) {
      const client = clientFor(accountId)
      return api(accountId, 'deleteAgentOverride', () => client.deleteOverride(id))
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
      return api(accountId, 'getAgentExecution', () => client.getExecution(id))
    },
  }
}

/** Guardrail limits left empty are left out: AgentHub takes a number or nothing. */
function toWire<T extends Partial<OverrideFields> | OverridePatch>(fields: T): T {
  if (!fields.guardrails) return fields
  const guardrails = Object.fromEntries(Object.entries(fields.guardrails).filter(([, value]) => value !== null))
  return { ...fields, guardrails }
}
