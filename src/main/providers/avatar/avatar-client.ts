import { z } from 'zod'

import type { AvatarAgent } from '../../../shared/domain/avatar'
import { createStaticKeyHttp, type ProviderClientOptions } from '../http/provider-client-options'
import type { ErrorDetails, ProviderHttp } from '../http/provider-http'

const avatarAgentWireSchema = z.looseObject({
  agent_id: z.number(),
  name: z.string(),
  avatar_id: z.number().nullish(),
  language: z.string().nullish(),
  custom_greeting: z.string().nullish(),
  context: z.string().nullish(),
  status: z.string(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  last_used_at: z.string().nullish(),
  total_sessions: z.number().nullish(),
  avg_duration: z.number().nullish(),
  avatar_name: z.string().nullish(),
  avatar_url: z.string().nullish(),
  voice_id: z.string().nullish(),
})

const avatarAgentListSchema = z.looseObject({
  success: z.literal(true),
  agents: z.array(avatarAgentWireSchema),
})

/** The AI avatar platform: its AI agents, read-only. */
export interface AvatarClient {
  readonly http: ProviderHttp
  /** Newest `updated_at` first, as the platform sends them (re-sorted in case it does not). */
  listAgents(signal?: AbortSignal): Promise<ReadonlyArray<AvatarAgent>>
}

/** Creates the client for one avatar-platform account, authenticated by x-api-key. */
export function createAvatarClient(options: ProviderClientOptions): AvatarClient {
  const http = createStaticKeyHttp('avatar', options, {
    authHeaders: (key) => ({ 'x-api-key': key }),
    readError: readAvatarError,
  })
  return {
    http,
    async listAgents(signal) {
      const answer = await http.request({
        method: 'GET',
        path: '/api/v1/agents',
        schema: avatarAgentListSchema,
        ...(signal ? { signal } : {}),
      })
      return answer.agents
        .map((agent): AvatarAgent => ({
          agentId: agent.agent_id,
          name: agent.name,
          avatarId: agent.avatar_id ?? null,
          avatarName: agent.avatar_name ?? null,
          avatarUrl: agent.avatar_url ?? null,
          language: agent.language ?? null,
          status: agent.status,
          customGreeting: agent.custom_greeting ?? null,
          createdAt: agent.created_at ?? null,
          updatedAt: agent.updated_at ?? null,
          lastUsedAt: agent.last_used_at ?? null,
          totalSessions: agent.total_sessions ?? 0,
          avgDurationSeconds: agent.avg_duration ?? null,
          voiceId: agent.voice_id ?? null,
        }))
        .sort((a, b) => (Date.parse(b.updatedAt ?? '') || 0) - (Date.parse(a.updatedAt ?? '') || 0))
    },
  }
}

function readAvatarError(body: unknown): ErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const record = body as Record<string, unknown>
  const message = [record.error, record.message, record.detail].find((value) => typeof value === 'string')
  return typeof message === 'string' ? { message } : undefined
}
