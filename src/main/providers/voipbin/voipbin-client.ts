import type {
  NewVoipbinAgent,
  SettableVoipbinStatus,
  VoipbinAddress,
  VoipbinAgent,
} from '../../../shared/domain/voipbin'
import { followedBy } from '../../../shared/i18n/problem'
import { createStaticKeyHttp, type ProviderClientOptions } from '../http/provider-client-options'
import { ProviderError } from '../http/provider-error'
import type { ProviderHttp } from '../http/provider-http'

import { voipbinAuthHeaders } from './voipbin-auth'
import { readVoipbinError, toAddressWire, toVoipbinAgent } from './voipbin-mapping'
import { voipbinAgentListSchema, voipbinAgentWireSchema } from './voipbin-schemas'

/** The documented production base URL. */
export const VOIPBIN_BASE_URL = 'https://api.voipbin.net/v1.0'

/** Filters of GET /agents. */
export interface VoipbinAgentFilter {
  readonly status?: string
  readonly tagIds?: ReadonlyArray<string>
}

/** The VoIPbin agents API. */
export interface VoipbinClient {
  readonly http: ProviderHttp
  listAgents(
    filter?: VoipbinAgentFilter,
    pageSize?: number,
    pageToken?: string,
    signal?: AbortSignal,
  ): Promise<{ agents: ReadonlyArray<VoipbinAgent>; nextPageToken: string | null }>
  /** Every page until VoIPbin sends an empty or missing next_page_token. */
  allAgents(
    filter?: VoipbinAgentFilter,
    pageSize?: number,
    signal?: AbortSignal,
  ): AsyncGenerator<ReadonlyArray<VoipbinAgent>>
  getAgent(id: string, signal?: AbortSignal): Promise<VoipbinAgent>
  createAgent(agent: NewVoipbinAgent, signal?: AbortSignal): Promise<VoipbinAgent>
  setStatus(id: string, status: SettableVoipbinStatus, signal?: AbortSignal): Promise<VoipbinAgent | null>
  /** REPLACES every address of the agent with these. */
  replaceAddresses(
    id: string,
    addresses: ReadonlyArray<VoipbinAddress>,
    signal?: AbortSignal,
  ): Promise<VoipbinAgent | null>
  /** Invalidates the old SIP URI; the answer carries the new direct_hash. */
  regenerateDirectHash(id: string, signal?: AbortSignal): Promise<VoipbinAgent>
}

/**
 * Creates the client for one VoIPbin account; the token goes in headers (Bearer and the token
 * cookie), never in the URL.
 */
export function createVoipbinClient(options: ProviderClientOptions): VoipbinClient {
  const http = createStaticKeyHttp('voipbin', options, {
    authHeaders: voipbinAuthHeaders,
    readError: readVoipbinError,
    rateLimitWindowMs: 1_000,
  })
  const agentPath = (id: string) => {
    if (!/^[\w-]{1,100}$/.test(id)) throw new TypeError(`"${id}" is not a VoIPbin agent id`)
    return `/agents/${encodeURIComponent(id)}`
  }
  const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {})
  // Some VoIPbin writes answer with the agent, others with nothing; both are fine.
  const maybeAgent = voipbinAgentWireSchema.or(voipbinAgentWireSchema.partial().transform(() => null)).optional()

  const listAgents: VoipbinClient['listAgents'] = async (filter = {}, pageSize = 100, pageToken, signal) => {
    const answer = await http.request({
      method: 'GET',
      path: '/agents',
      query: {
        page_size: pageSize,
        page_token: pageToken,
        status: filter.status,
        tag_ids: filter.tagIds?.length ? filter.tagIds.join(',') : undefined,
      },
      schema: voipbinAgentListSchema,
      ...withSignal(signal),
    })
    return { agents: (answer.result ?? []).map(toVoipbinAgent), nextPageToken: answer.next_page_token || null }
  }

  const getAgent: VoipbinClient['getAgent'] = async (id, signal) => {
    const wire = await http.request({
      method: 'GET',
      path: agentPath(id),
      routeKey: 'GET /agents/{id}',
      schema: voipbinAgentWireSchema,
      ...withSignal(signal),
    })
    return toVoipbinAgent(wire)
  }

  const replaceAddresses: VoipbinClient['replaceAddresses'] = async (id, addresses, signal) => {
    const wire = await http.request({
      method: 'PUT',
      path: `${agentPath(id)}/addresses`,
      routeKey: 'PUT /agents/{id}/addresses',
      body: { addresses: addresses.map(toAddressWire) },
      schema: maybeAgent,
      ...withSignal(signal),
    })
    return wire ? toVoipbinAgent(wire) : null
  }

  return {
    http,
    listAgents,
    async *allAgents(filter = {}, pageSize = 100, signal) {
      let token: string | undefined
      const seen = new Set<string>()
      for (;;) {
        const page = await listAgents(filter, pageSize, token, signal)
        yield page.agents
        // A token seen before would loop for ever; treat it as the end.
        if (!page.nextPageToken || seen.has(page.nextPageToken)) return
        seen.add(page.nextPageToken)
        token = page.nextPageToken
      }
    },
    getAgent,
    async createAgent(agent, signal) {
      // The document's create body has no addresses: they go in a second, documented call.
      const wire = await http.request({
        method: 'POST',
        path: '/agents',
        body: {
          username: agent.username,
          password: agent.password,
          name: agent.name ?? '',
          detail: agent.detail ?? '',
          ring_method: agent.ringMethod ?? 'ringall',
          permission: agent.permission ?? 0,
          tag_ids: agent.tagIds ?? [],
        },
        schema: voipbinAgentWireSchema,
        ...withSignal(signal),
      })
      const created = toVoipbinAgent(wire)
      if (!agent.addresses?.length) return created
      try {
        return (await replaceAddresses(created.id, agent.addresses, signal)) ?? (await getAgent(created.id, signal))
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error
        throw new ProviderError({
          ...error.toData(),
          problem: followedBy(
            { code: 'problems:voipbin.createdWithoutAddresses', params: { username: created.username } },
            error.problem,
            { code: 'problems:voipbin.addAddressesLater' },
          ),
        })
      }
    },
    async setStatus(id, status, signal) {
      const wire = await http.request({
        method: 'PUT',
        path: `${agentPath(id)}/status`,
        routeKey: 'PUT /agents/{id}/status',
        body: { status },
        schema: maybeAgent,
        ...withSignal(signal),
      })
      return wire ? toVoipbinAgent(wire) : null
    },
    replaceAddresses,
    async regenerateDirectHash(id, signal) {
      const wire = await http.request({
        method: 'POST',
        path: `${agentPath(id)}/direct-hash-regenerate`,
        routeKey: 'POST /agents/{id}/direct-hash-regenerate',
        schema: voipbinAgentWireSchema,
        ...withSignal(signal),
      })
      return toVoipbinAgent(wire)
    },
  }
}
