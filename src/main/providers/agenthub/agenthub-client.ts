import type {
  AgentExecution,
  AgentHubPage,
  AgentHubPermission,
  AgentHubUser,
  AgentOverride,
  AgentOverrideFields,
  ToolCatalogEntry,
} from '../../../shared/domain/agenthub'
import { createStaticKeyHttp, type ProviderClientOptions } from '../http/provider-client-options'
import type { ProviderHttp } from '../http/provider-http'

import { readAgentHubError, toExecution, toOverride, toPaging, toTool } from './agenthub-mapping'
import {
  currentUserSchema,
  executionEnvelope,
  executionsEnvelope,
  overrideEnvelope,
  overridesEnvelope,
  permissionCheckSchema,
  permissionsSchema,
  toolEnvelope,
  toolsEnvelope,
} from './agenthub-schemas'

/** Paging of AgentHub lists: pageNumber from 1 (0 turns paging off), pageRowCount rows a page. */
export interface PageRequest {
  readonly pageNumber?: number
  readonly pageRowCount?: number
}

/** Filters of GET /v1/agentexecutions. */
export interface ExecutionFilter extends PageRequest {
  readonly agentName?: string | undefined
  readonly agentType?: string | undefined
  readonly source?: string | undefined
  readonly userId?: string | undefined
  readonly status?: string | undefined
}

/** The AgentHub REST API: AI agent overrides, the tool catalog, executions and the session. */
export interface AgentHubClient {
  readonly http: ProviderHttp
  getOverride(id: string, signal?: AbortSignal): Promise<AgentOverride>
  listOverrides(page?: PageRequest, signal?: AbortSignal): Promise<AgentHubPage<AgentOverride>>
  createOverride(fields: AgentOverrideFields & { agentName: string }, signal?: AbortSignal): Promise<AgentOverride>
  /** Sends only the fields given: AgentHub keeps the others as they are. */
  updateOverride(id: string, changes: AgentOverrideFields, signal?: AbortSignal): Promise<AgentOverride>
  /** A soft delete: the override stays, with isActive false. */
  deleteOverride(id: string, signal?: AbortSignal): Promise<AgentOverride>
  listTools(serviceName?: string, page?: PageRequest, signal?: AbortSignal): Promise<AgentHubPage<ToolCatalogEntry>>
  getTool(id: string, signal?: AbortSignal): Promise<ToolCatalogEntry>
  listExecutions(filter?: ExecutionFilter, signal?: AbortSignal): Promise<AgentHubPage<AgentExecution>>
  getExecution(id: string, signal?: AbortSignal): Promise<AgentExecution>
  currentUser(signal?: AbortSignal): Promise<AgentHubUser>
  permissions(signal?: AbortSignal): Promise<ReadonlyArray<AgentHubPermission>>
  checkPermission(name: string, signal?: AbortSignal): Promise<{ canDo: boolean; exceptions: ReadonlyArray<string> }>
}

/** Creates the client for one AgentHub account, authenticated with a Bearer token. */
export function createAgentHubClient(options: ProviderClientOptions): AgentHubClient {
  const http = createStaticKeyHttp('agenthub', options, {
    authHeaders: (token) => ({ authorization: `Bearer ${token}` }),
    readError: readAgentHubError,
  })
  const id = (value: string) => {
    if (!/^[\w-]{1,100}$/.test(value)) throw new TypeError(`"${value}" is not an AgentHub id`)
    return encodeURIComponent(value)
  }
  const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {})
  const paging = (page: PageRequest = {}) => ({ pageNumber: page.pageNumber, pageRowCount: page.pageRowCount })

  return {
    http,
    async getOverride(overrideId, signal) {
      const answer = await http.request({
        method: 'GET',
        path: `/v1/agentoverride/${id(overrideId)}`,
        routeKey: 'GET /v1/agentoverride/:id',
        schema: overrideEnvelope,
        ...withSignal(signal),
      })
      return toOverride(answer.sys_agentOverride)
    },
    async listOverrides(page, signal) {
      const answer = await http.request({
        method: 'GET',
        path: '/v1/agentoverrides',
        query: paging(page),
        schema: overridesEnvelope,
        ...withSignal(signal),
      })
      return { items: answer.sys_agentOverrides.map(toOverride), paging: toPaging(answer.paging) }
    },
    async createOverride(fields, signal) {
      const answer = await http.request({
        method: 'POST',
        path: '/v1/agentoverride',
        body: fields,
        schema: overrideEnvelope,
        ...withSignal(signal),
      })
      return toOverride(answer.sys_agentOverride)
    },
    async updateOverride(overrideId, changes, signal) {
      const answer = await http.request({
        method: 'PATCH',
        path: `/v1/agentoverride/${id(overrideId)}`,
        routeKey: 'PATCH /v1/agentoverride/:id',
        body: changes,
        schema: overrideEnvelope,
        ...withSignal(signal),
      })
      return toOverride(answer.sys_agentOverride)
    },
    async deleteOverride(overrideId, signal) {
      const answer = await http.request({
        method: 'DELETE',
        path: `/v1/agentoverride/${id(overrideId)}`,
        routeKey: 'DELETE /v1/agentoverride/:id',
        schema: overrideEnvelope,
        ...withSignal(signal),
      })
      return toOverride(answer.sys_agentOverride)
    },
    async listTools(serviceName, page, signal) {
      const answer = await http.request({
        method: 'GET',
        path: '/v1/toolcatalog',
        query: { serviceName, ...paging(page) },
        schema: toolsEnvelope,
        ...withSignal(signal),
      })
      return { items: answer.sys_toolCatalogs.map(toTool), paging: toPaging(answer.paging) }
    },
    async getTool(toolId, signal) {
      const answer = await http.request({
        method: 'GET',
        path: `/v1/toolcatalogentry/${id(toolId)}`,
        routeKey: 'GET /v1/toolcatalogentry/:id',
        schema: toolEnvelope,
        ...withSignal(signal),
      })
      return toTool(answer.sys_toolCatalog)
    },
    async listExecutions(filter = {}, signal) {
      const { pageNumber, pageRowCount, ...filters } = filter
      const answer = await http.request({
        method: 'GET',
        path: '/v1/agentexecutions',
        query: { ...filters, pageNumber, pageRowCount },
        schema: executionsEnvelope,
        ...withSignal(signal),
      })
      return { items: answer.sys_agentExecutions.map(toExecution), paging: toPaging(answer.paging) }
    },
    async getExecution(executionId, signal) {
      const answer = await http.request({
        method: 'GET',
        path: `/v1/agentexecution/${id(executionId)}`,
        routeKey: 'GET /v1/agentexecution/:id',
        schema: executionEnvelope,
        ...withSignal(signal),
      })
      return toExecution(answer.sys_agentExecution)
    },
    async currentUser(signal) {
      const answer = await http.request({
        method: 'GET',
        path: '/currentuser',
        schema: currentUserSchema,
        ...withSignal(signal),
      })
      // The session object also carries the access token: only these fields are kept.
      return {
        userId: answer.userId ?? null,
        email: answer.email ?? null,
        fullname: answer.fullname ?? null,
        roleId: answer.roleId ?? null,
        tenantId: answer.tenantId ?? null,
      }
    },
    async permissions(signal) {
      const answer = await http.request({
        method: 'GET',
        path: '/permissions',
        schema: permissionsSchema,
        ...withSignal(signal),
      })
      return answer.map((grant) => ({
        id: grant.id ?? null,
        permissionName: grant.permissionName,
        canDo: grant.canDo,
        roleId: grant.roleId ?? null,
        subjectUserId: grant.subjectUserId ?? null,
        subjectUserGroupId: grant.subjectUserGroupId ?? null,
        objectId: grant.objectId ?? null,
        tenantCodename: grant.tenantCodename ?? null,
      }))
    },
    async checkPermission(name, signal) {
      const answer = await http.request({
        method: 'GET',
        path: `/permissions/${encodeURIComponent(name)}`,
        routeKey: 'GET /permissions/:name',
        schema: permissionCheckSchema,
        ...withSignal(signal),
      })
      return { canDo: answer.canDo, exceptions: answer.exceptions ?? [] }
    },
  }
}

/**
 * Every page of an AgentHub list in turn, until pageCount is reached (or a short page, when a
 * server sends no paging block).
 */
export async function* allAgentHubPages<T>(
  fetchPage: (page: PageRequest) => Promise<AgentHubPage<T>>,
  pageRowCount = 100,
): AsyncGenerator<ReadonlyArray<T>> {
  for (let pageNumber = 1; ; pageNumber += 1) {
    const page = await fetchPage({ pageNumber, pageRowCount })
    yield page.items
    const last = page.paging ? pageNumber >= page.paging.pageCount : page.items.length < pageRowCount
    if (last || page.items.length === 0) return
  }
}
