import type { AvatarAgent } from '../../../../shared/domain/avatar'
import type { AvatarAgentView } from '../../../../shared/domain/avatar-views'
import type { AccountClients } from '../../../accounts/account-clients'
import type { OperationHandlers } from '../../../ipc/dispatch'
import type { PoolRegistry } from '../../http/pool-registry'

import { fetchAvatarImage } from './avatar-image'

/** The AI avatar platform's agents, read-only, and their pictures through the main process. */
export function createAvatarHandlers(deps: {
  readonly clients: Pick<AccountClients, 'clientFor'>
  readonly pools: PoolRegistry
}): Pick<OperationHandlers, 'avatar.listAgents' | 'avatar.picture'> {
  // Picture URLs as the last list answer named them: the renderer asks by agent, never by URL.
  const pictureUrls = new Map<string, string>()
  const pictures = new Map<string, Promise<string | null>>()
  const keyOf = (accountId: string, agentId: number) => `${accountId}/${agentId}`

  return {
    async 'avatar.listAgents'({ accountId }) {
      const agents = await deps.clients.clientFor(accountId, 'avatar').listAgents()
      for (const agent of agents) {
        const key = keyOf(accountId, agent.agentId)
        if (agent.avatarUrl && pictureUrls.get(key) !== agent.avatarUrl) {
          pictureUrls.set(key, agent.avatarUrl)
          pictures.delete(key)
        }
      }
      return agents.map(toView)
    },
    async 'avatar.picture'({ accountId, agentId }) {
      const key = keyOf(accountId, agentId)
      const url = pictureUrls.get(key)
      if (!url) return { dataUrl: null }
      let picture = pictures.get(key)
      if (!picture) {
        picture = fetchAvatarImage(url, deps.pools)
        pictures.set(key, picture)
      }
      return { dataUrl: await picture }
    },
  }
}

function toView(agent: AvatarAgent): AvatarAgentView {
  const { avatarUrl, ...rest } = agent
  return { ...rest, hasPicture: avatarUrl !== null }
}
