import type { ProviderModule } from '../provider-module'

import { createAvatarClient, type AvatarClient } from './avatar-client'
import { createAvatarHandlers } from './screens/avatar-handlers'

/** The AI avatar platform: a list of agents; nothing live to watch. */
export const avatarProvider = {
  id: 'avatar',
  createClient: (account, options) => createAvatarClient({ ...options, baseUrl: account.baseUrl }),
  async probe(client, signal) {
    const agents = await client.listAgents(signal)
    return { code: 'problems:connection.avatarConnected', params: { count: agents.length } }
  },
  watchers: () => [],
  screens: ({ clients, pools }) => ({ handlers: createAvatarHandlers({ clients, pools }) }),
} satisfies ProviderModule<'avatar', AvatarClient, ReturnType<typeof createAvatarHandlers>>
