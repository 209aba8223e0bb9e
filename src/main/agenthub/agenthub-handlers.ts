import type { OverrideFields, OverridePatch } from '../../shared/domain/agenthub-forms'
import { abilityPermissions, type AgentHubAbilities } from '../../shared/domain/agenthub-views'
import { clientForAccount } from '../accounts/account-client'
import type { AccountService } from '../accounts/account-service'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'
import { allAgentHubPages } from '../providers/agenthub/agenthub-client'
import type { PoolRegistry } from '../providers/http/pool-registry'

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

  return {
    async 'agenthub.session'({ accountId }) {
      const client = clientFor(accountId)
      const [user, grants] = await Promise.all([client.currentUser(), client.permissions()])
      // A permission AgentHub does not list is one the user does not have.
      const granted = new Set(grants.filter((grant) => grant.canDo).map((grant) => grant.permissionName))
      const abilities = Object.fromEntries(
        Object.entries(abilityPermissions).map(([ability, permission]) => [ability, granted.has(permission)]),
      ) as AgentHubAbilities
      return { user, abilities }
    },
    async 'agenthub.listOverrides'({ accountId, pageNumber, pageRowCount }) {
      return clientFor(accountId).listOverrides({ pageNumber, pageRowCount })
    },
    async 'agenthub.createOverride'({ accountId, draft }) {
      const { agentName, enabled: _enabledOnCreate, ...fields } = draft
      const client = clientFor(accountId)
      // AgentHub creates overrides enabled; a disabled one is a second step.
      const created = await client.createOverride({ agentName, ...toWire(fields) })
      if (draft.enabled) return created
      return client.updateOverride(created.id, { enabled: false })
    },
    async 'agenthub.updateOverride'({ accountId, id, baseVersion, patch, overwrite }) {
      const client = clientFor(accountId)
      // AgentHub's PATCH takes no version, so the check is made just before it.
      const current = await client.getOverride(id)
      if (!current.isActive) {
        throw new OperationError(
          'not_allowed',
          `${current.agentName} was deleted meanwhile; it can no longer be changed.`,
        )
      }
      if (current.recordVersion !== baseVersion && !overwrite) return { outcome: 'conflict', current }
      return { outcome: 'saved', override: await client.updateOverride(id, toWire(patch)) }
    },
    async 'agenthub.deleteOverride'({ accountId, id }) {
      return clientFor(accountId).deleteOverride(id)
    },
    async 'agenthub.listTools'({ accountId }) {
      const client = clientFor(accountId)
      const tools = []
      for await (const page of allAgentHubPages((page) => client.listTools(undefined, page))) tools.push(...page)
      return tools
    },
    async 'agenthub.listExecutions'({ accountId, filter, pageNumber, pageRowCount }) {
      return clientFor(accountId).listExecutions({ ...filter, pageNumber, pageRowCount })
    },
    async 'agenthub.getExecution'({ accountId, id }) {
      return clientFor(accountId).getExecution(id)
    },
  }
}

/** Guardrail limits left empty are left out: AgentHub takes a number or nothing. */
function toWire<T extends Partial<OverrideFields> | OverridePatch>(fields: T): T {
  if (!fields.guardrails) return fields
  const guardrails = Object.fromEntries(Object.entries(fields.guardrails).filter(([, value]) => value !== null))
  return { ...fields, guardrails }
}
