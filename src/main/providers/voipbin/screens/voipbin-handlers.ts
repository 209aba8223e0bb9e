import { toAgentView } from '../../../../shared/domain/voipbin-views'
import type { OperationHandlers } from '../../../ipc/dispatch'
import { OperationError } from '../../../ipc/operation-error'
import { confirmedWrite } from '../../http/confirmed-write'
import { ProviderError } from '../../http/provider-error'
import { redactProblem, redactSecrets } from '../../http/redaction'
import type { VoipbinClient } from '../voipbin-client'
import { directSipUri } from '../voipbin-mapping'

import { saveAgentAddresses } from './address-editor'

type VoipbinOperations =
  | 'voipbin.listAgents'
  | 'voipbin.createAgent'
  | 'voipbin.setStatus'
  | 'voipbin.saveAddresses'
  | 'voipbin.regenerateHash'

/** The VoIPbin agents screen's operations, each on the account it names. */
export function createVoipbinHandlers(deps: {
  readonly clientFor: (accountId: string) => VoipbinClient
}): Pick<OperationHandlers, VoipbinOperations> {
  const { clientFor } = deps
  return {
    async 'voipbin.listAgents'({ accountId, pageToken, pageSize, status }) {
      const page = await clientFor(accountId).listAgents(status ? { status } : {}, pageSize, pageToken)
      return { agents: page.agents.map(toAgentView), nextPageToken: page.nextPageToken }
    },
    async 'voipbin.createAgent'({ accountId, agent }) {
      const client = clientFor(accountId)
      return toAgentView(await withoutPassword(agent.password, () => client.createAgent(agent)))
    },
    async 'voipbin.setStatus'({ accountId, agentId, status }) {
      const client = clientFor(accountId)
      const result = await confirmedWrite(
        () => client.setStatus(agentId, status),
        // The answer was lost: the agent's status now says whether the PUT took effect.
        async () => {
          const after = await client.getAgent(agentId)
          return after.status === status ? after : undefined
        },
      )
      // Some VoIPbin writes answer with nothing; the agent is then read once more.
      return toAgentView(result.confirmed ?? result.written ?? (await client.getAgent(agentId)))
    },
    async 'voipbin.saveAddresses'({ accountId, ...request }) {
      return saveAgentAddresses(clientFor(accountId), request)
    },
    async 'voipbin.regenerateHash'({ accountId, agentId }) {
      const agent = await clientFor(accountId).regenerateDirectHash(agentId)
      if (!agent.directHash) {
        throw new ProviderError({
          provider: 'voipbin',
          kind: 'bad_response',
          problem: { code: 'problems:voipbin.hashNotSent', params: { username: agent.username } },
        })
      }
      return { agent: toAgentView(agent), sipUri: directSipUri(agent.directHash) }
    },
  }
}

/**
 * The HTTP layer scrubs the account's token from errors but knows nothing of an agent's
 * password, and VoIPbin's error messages are its own words: should one repeat the password,
 * it is cut out here, before the message reaches the renderer or the log.
 */
async function withoutPassword<T>(password: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof Error) || !`${error.message}${error.stack ?? ''}`.includes(password)) throw error
    if (error instanceof ProviderError) {
      throw new ProviderError({ ...error.toData(), problem: redactProblem(error.problem, [password]) })
    }
    if (error instanceof OperationError) throw new OperationError(error.kind, redactProblem(error.problem, [password]))
    throw new Error(redactSecrets(error.message, [password]))
  }
}
