import type { AlohubAgent, AlohubAgentPage } from '../../../shared/domain/alohub'
import { createStaticKeyHttp, type ProviderClientOptions } from '../http/provider-client-options'
import type { ProviderHttp } from '../http/provider-http'

import { readAlohubError, readAlohubSuccessFailure, toAlohubAgent } from './alohub-mapping'
import { alohubAgentListSchema, alohubWriteResultSchema } from './alohub-schemas'

/** Filters of GET /v1/agents. */
export interface AlohubAgentFilter {
  /** team_id: a tenant id to filter by; by default the account's tenant id, when it has one. */
  readonly teamId?: string
  readonly active?: boolean
  /** Only agents in this callin queue. */
  readonly queueId?: number
}

/** Production and development base URLs, as documented. */
export const ALOHUB_BASE_URLS = {
  production: 'https://xapi.alohub.vn',
  development: 'https://xapi-dev.alohub.vn',
} as const

/** AloHub's rate-limit window (tenant and route budgets are per 10 s). */
export const ALOHUB_RATE_WINDOW_MS = 10_000

/** The AloHub agents API: agents, queues, recording. */
export interface AlohubClient {
  readonly http: ProviderHttp
  /** One page; `page` counts from 0. */
  listAgents(filter?: AlohubAgentFilter, page?: number, size?: number, signal?: AbortSignal): Promise<AlohubAgentPage>
  /** Every page in turn, until totalRecord agents were seen. */
  allAgents(filter?: AlohubAgentFilter, size?: number, signal?: AbortSignal): AsyncGenerator<AlohubAgentPage>
  /**
   * REPLACES the agent's whole callin list with queueIds. Callers that mean to add or remove
   * one queue must read the current list first (the queue editor does, and guards it).
   */
  replaceCallinQueues(
    agentId: string,
    queueIds: ReadonlyArray<number>,
    priority?: number,
    signal?: AbortSignal,
  ): Promise<string>
  setCalloutQueue(agentId: string, queueId: number, signal?: AbortSignal): Promise<string>
  /** May fail with a server error until the provider has run its migration. */
  setRecording(agentId: string, enabled: boolean, signal?: AbortSignal): Promise<string>
}

/**
 * Creates the client for one AloHub account; X-Api-Key and the optional X-Tenant-ID go on every
 * call, and the tenant id also goes as team_id on GET /v1/agents, where the document's code
 * samples put it (`/api/v1/agents?team_id=20260310&…`); its PUT samples carry no team_id.
 */
export function createAlohubClient(options: ProviderClientOptions & { readonly tenantId?: string }): AlohubClient {
  const http = createStaticKeyHttp('alohub', options, {
    authHeaders: (key) => ({ 'x-api-key': key, ...(options.tenantId ? { 'x-tenant-id': options.tenantId } : {}) }),
    readError: readAlohubError,
    readSuccessFailure: readAlohubSuccessFailure,
    rateLimitWindowMs: ALOHUB_RATE_WINDOW_MS,
  })

  const agentPath = (agentId: string) => {
    if (!/^[\w.-]{1,64}$/.test(agentId)) throw new TypeError(`"${agentId}" is not an AloHub agent id`)
    return `/v1/agents/${encodeURIComponent(agentId)}`
  }

  const listAgents: AlohubClient['listAgents'] = async (filter = {}, page = 0, size = 20, signal) => {
    const answer = await http.request({
      method: 'GET',
      path: '/v1/agents',
      routeKey: 'GET /v1/agents',
      query: {
        team_id: filter.teamId ?? options.tenantId,
        status: filter.active === undefined ? undefined : filter.active ? 1 : 0,
        queue_id: filter.queueId,
        page,
        size,
      },
      schema: alohubAgentListSchema,
      ...(signal ? { signal } : {}),
    })
    return { agents: answer.data.map(toAlohubAgent), total: answer.totalRecord, page, size }
  }

  const write = async (
    path: string,
    routeKey: string,
    body: unknown,
    signal?: AbortSignal,
    query?: Record<string, string>,
  ) => {
    const answer = await http.request({
      method: 'PUT',
      path,
      routeKey,
      body,
      schema: alohubWriteResultSchema,
      ...(query ? { query } : {}),
      ...(signal ? { signal } : {}),
    })
    return answer.error_message ?? 'Saved'
  }

  return {
    http,
    listAgents,
    async *allAgents(filter = {}, size = 200, signal) {
      let seen = 0
      for (let page = 0; ; page += 1) {
        const result = await listAgents(filter, page, size, signal)
        seen += result.agents.length
        yield result
        // Stop on the total, and on an empty page in case the total was wrong.
        if (seen >= result.total || result.agents.length === 0) return
      }
    },
    replaceCallinQueues(agentId, queueIds, priority, signal) {
      if (queueIds.length === 0) throw new TypeError('AloHub needs at least one callin queue id')
      return write(
        `${agentPath(agentId)}/queues`,
        'PUT /v1/agents/{id}/queues',
        { queue_ids: [...queueIds], ...(priority === undefined ? {} : { priority }) },
        signal,
        { type: 'callin' },
      )
    },
    setCalloutQueue(agentId, queueId, signal) {
      return write(`${agentPath(agentId)}/queues`, 'PUT /v1/agents/{id}/queues', { queue_ids: [queueId] }, signal, {
        type: 'callout',
      })
    },
    setRecording(agentId, enabled, signal) {
      return write(`${agentPath(agentId)}/recording`, 'PUT /v1/agents/{id}/recording', { enabled }, signal)
    },
  }
}

export type { AlohubAgent }
