import { definedOnly } from '../../../../shared/defined-only'
import type { ProviderApp, SandboxRequest, SandboxResponse } from '../../../sandbox/sandbox-http'
import { seededRandom } from '../../../sandbox/seeded-random'

import { seedAgentHub, type ExecutionRecord, type OverrideRecord } from './agenthub-data'
import {
  checkPermission,
  mainSeedRecords,
  mayCall,
  record,
  seedAgentHubUsers,
  type PermissionInput,
  type SandboxUser,
} from './agenthub-users'
import { createOverrideSchema, overrideFieldsSchema, validationMessage } from './agenthub-validation'

/** How the AgentHub sandbox behaves. */
export interface AgentHubAppOptions {
  readonly seed: number
  /** The token of the demo supervisor. */
  readonly token: string
  /** The token of a read-only user ("viewer"), whose writes AgentHub refuses with a 403. */
  readonly readOnlyToken?: string
  /**
   * A server that names its permissions after its APIs, as AgentDesk assumes: a record named
   * exactly after an API (`deleteAgentOverride`) with canDo false refuses that API (403). Off by
   * default, because the document's records use other names (`adminPanel.access`) and say
   * nothing of the sort; then only the role decides.
   */
  readonly permissionsNamedAfterApis?: boolean
  readonly now?: () => number
}

/** The AgentHub sandbox and its handles. */
export interface AgentHubApp extends ProviderApp {
  /** The demo supervisor's user id. */
  readonly userId: string
  /** The read-only user's id. */
  readonly readOnlyUserId: string
  overrides(): ReadonlyArray<Readonly<OverrideRecord>>
  /** Someone else edits an override: its recordVersion moves on. */
  touchOverride(id: string, changes?: Partial<OverrideRecord>): void
  addExecution(execution: Partial<ExecutionRecord> & Pick<ExecutionRecord, 'agentName' | 'status'>): ExecutionRecord
  /** Gives the demo supervisor a record named `name` (replacing one of that name), as AgentHub's admin would. */
  setPermission(name: string, canDo: boolean): void
  /** Replaces all of the demo supervisor's records. */
  setPermissions(records: ReadonlyArray<PermissionInput>): void
  /** Changes the demo supervisor's role; "viewer" may read but not write. */
  setRole(roleId: string): void
  /**
   * GET /permissions answers this status in AgentHub's error envelope (403: a server that keeps
   * the list from this user; 5xx: a fault) until reset; undefined answers again.
   */
  failPermissionsList(status: number | undefined): void
  /** Turns permissionsNamedAfterApis on or off in a running sandbox (the demo's). */
  setPermissionsNamedAfterApis(on: boolean): void
  /** The demo supervisor's role and records as seeded, and permissionsNamedAfterApis as created. */
  resetPermissions(): void
}

/**
 * Each business route (method and /v1/<resource>) with the document's name of its API, which is
 * also the name permission records use for it, and whether an id follows in the path.
 */
const apiRoutes: ReadonlyMap<string, { readonly api: string; readonly byId: boolean }> = new Map(
  (
    [
      ['GET /v1/agentoverrides', 'listAgentOverrides', false],
      ['POST /v1/agentoverride', 'createAgentOverride', false],
      ['GET /v1/agentoverride', 'getAgentOverride', true],
      ['PATCH /v1/agentoverride', 'updateAgentOverride', true],
      ['DELETE /v1/agentoverride', 'deleteAgentOverride', true],
      ['GET /v1/toolcatalog', 'listToolCatalog', false],
      ['GET /v1/toolcatalogentry', 'getToolCatalogEntry', true],
      ['GET /v1/agentexecutions', 'listAgentExecutions', false],
      ['GET /v1/agentexecution', 'getAgentExecution', true],
    ] as const
  ).map(([route, api, byId]) => [route, { api, byId }]),
)

/** Creates the sandbox of the generated AgentHub service: envelopes, paging, validation, soft delete. */
export function createAgentHubApp(options: AgentHubAppOptions): AgentHubApp {
  const now = options.now ?? Date.now
  const random = seededRandom(options.seed)
  const userId = random.uuid()
  const data = seedAgentHub(random, Date.parse('2026-11-24T08:00:00Z'), userId)
  // The read-only user's id comes from a stream of its own, so the seeded data stays as it was.
  const users = seedAgentHubUsers(userId, seededRandom(options.seed + 1).uuid())
  const main = users.main
  const userByToken = new Map<string, SandboxUser>([[options.token, main]])
  if (options.readOnlyToken) userByToken.set(options.readOnlyToken, users.readOnly)
  let serial = 0
  let namedAfterApis = options.permissionsNamedAfterApis ?? false
  let permissionsListFailure: number | undefined
  // The user of the request being answered; handle() is synchronous, so one at a time.
  let caller = main

  const error = (status: number, message: string, detail = ''): SandboxResponse => ({
    status,
    json: { result: 'ERR', status, message, errCode: status, date: new Date(now()).toISOString(), detail },
  })

  const ok = (action: string, method: string, dataName: string, value: unknown, paging?: object): SandboxResponse => ({
    status: action === 'create' ? 201 : 200,
    json: {
      status: 'OK',
      statusCode: action === 'create' ? '201' : '200',
      elapsedMs: 3,
      source: 'db',
      userId: caller.userId,
      requestId: `req-${(serial += 1)}`,
      dataName,
      method,
      action,
      appVersion: '1.0.0',
      rowCount: Array.isArray(value) ? value.length : 1,
      [dataName]: value,
      ...(paging ? { paging } : {}),
      filters: [],
      uiPermissions: [],
    },
  })

  const token = (request: SandboxRequest): string | undefined =>
    request.query.get('access_token') ??
    /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1] ??
    (request.headers['airbnb3-access-token'] as string | undefined) ??
    /(?:^|;\s*)airbnb3-access-token=([^;]+)/.exec(String(request.headers.cookie ?? ''))?.[1]

  const page = <T>(items: ReadonlyArray<T>, query: URLSearchParams) => {
    const pageNumber = Number(query.get('pageNumber') ?? 1)
    const pageRowCount = Number(query.get('pageRowCount') ?? 25)
    if (!Number.isInteger(pageNumber) || pageNumber < 0 || !Number.isInteger(pageRowCount) || pageRowCount < 1) {
      return undefined
    }
    if (pageNumber === 0) return { rows: items, paging: undefined }
    const rows = items.slice((pageNumber - 1) * pageRowCount, pageNumber * pageRowCount)
    return {
      rows,
      paging: {
        pageNumber,
        pageRowCount,
        totalRowCount: items.length,
        pageCount: Math.ceil(items.length / pageRowCount),
      },
    }
  }

  const list = <T>(items: ReadonlyArray<T>, query: URLSearchParams, dataName: string): SandboxResponse => {
    const paged = page(items, query)
    if (!paged)
      return error(400, 'errMsg_pagingParametersAreInvalid', 'pageNumber and pageRowCount must be whole numbers')
    return ok('list', 'GET', dataName, paged.rows, paged.paging)
  }

  const handle = (request: SandboxRequest): SandboxResponse => {
    const user = userByToken.get(token(request) ?? '')
    if (!user) return error(401, 'errMsg_LoginRequired', 'No login found')
    if (request.bodyError !== undefined) return error(400, 'errMsg_bodyIsNotJson', request.bodyError)
    const parts = request.path.split('/').filter(Boolean)
    if (parts[0] !== 'v1') return session(request, parts, user)
    const route = `/${parts.slice(0, 2).join('/')}`
    const id = parts[2]
    const known = apiRoutes.get(`${request.method} ${route}`)
    if (!known || known.byId !== (id !== undefined) || parts.length > 3) {
      return error(404, 'errMsg_routeNotFound', `${request.method} ${request.path}`)
    }
    const { api } = known
    // AgentHub decides per API: by the user's role, or a record named after it (agenthub-users.ts).
    const may = mayCall(user, api, id, namedAfterApis)
    if (!may.allowed) return error(403, 'errMsg_NoPermission', may.detail)
    caller = user
    switch (api) {
      case 'listAgentOverrides':
        return list(data.overrides, request.query, 'sys_agentOverrides')
      case 'createAgentOverride':
        return createOverride(request.body)
      case 'listToolCatalog': {
        const service = request.query.get('serviceName')
        return list(
          data.tools.filter((tool) => !service || tool.serviceName === service),
          request.query,
          'sys_toolCatalogs',
        )
      }
      case 'listAgentExecutions': {
        const filters = ['agentName', 'agentType', 'source', 'userId', 'status'] as const
        const rows = data.executions
          .filter((execution) =>
            filters.every((name) => !request.query.get(name) || execution[name] === request.query.get(name)),
          )
          .toSorted((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
        return list(rows, request.query, 'sys_agentExecutions')
      }
      case 'getToolCatalogEntry': {
        const tool = data.tools.find((candidate) => candidate.id === id)
        return tool ? ok('get', 'GET', 'sys_toolCatalog', tool) : error(404, 'errMsg_toolCatalogNotFound')
      }
      case 'getAgentExecution': {
        const execution = data.executions.find((candidate) => candidate.id === id)
        return execution
          ? ok('get', 'GET', 'sys_agentExecution', execution)
          : error(404, 'errMsg_agentExecutionNotFound')
      }
      default:
        return overrideById(request, id ?? '')
    }
  }

  /** The session routes at the root: /currentuser, /permissions and /permissions/:permissionName. */
  const session = (request: SandboxRequest, parts: ReadonlyArray<string>, user: SandboxUser): SandboxResponse => {
    const route = `${request.method} /${parts[0] ?? ''}`
    if (route === 'GET /currentuser' && parts.length === 1) {
      const { userId: id, email, fullname, roleId, tenantId } = user
      return {
        status: 200,
        json: {
          sessionId: `session-${id}`,
          userId: id,
          email,
          fullname,
          roleId,
          tenantId,
          accessToken: token(request),
        },
      }
    }
    if (route === 'GET /permissions' && parts.length === 1) {
      if (permissionsListFailure === 403) return error(403, 'errMsg_NoPermission', 'permissions are not listed')
      if (permissionsListFailure !== undefined) return error(permissionsListFailure, 'errMsg_internalServerError')
      return { status: 200, json: user.records }
    }
    if (route === 'GET /permissions' && parts.length === 2) {
      return { status: 200, json: checkPermission(user, decodeURIComponent(parts[1] ?? ''), namedAfterApis) }
    }
    return error(404, 'errMsg_routeNotFound', `${request.method} ${request.path}`)
  }

  const createOverride = (body: unknown): SandboxResponse => {
    const parsed = createOverrideSchema.safeParse(body)
    if (!parsed.success) {
      const { message, detail } = validationMessage(parsed.error)
      return error(400, message, detail)
    }
    const at = new Date(now()).toISOString()
    const created: OverrideRecord = {
      id: random.uuid(),
      provider: null,
      model: null,
      systemPrompt: null,
      temperature: null,
      maxTokens: null,
      responseFormat: null,
      selectedTools: null,
      guardrails: null,
      ...definedOnly(parsed.data),
      enabled: true,
      updatedBy: caller.userId,
      recordVersion: 1,
      createdAt: at,
      updatedAt: at,
      _owner: caller.userId,
      isActive: true,
    }
    data.overrides.push(created)
    return ok('create', 'POST', 'sys_agentOverride', created)
  }

  const overrideById = (request: SandboxRequest, id: string): SandboxResponse => {
    const found = data.overrides.find((candidate) => candidate.id === id)
    if (!found) return error(404, 'errMsg_agentOverrideNotFound', `No override ${id}`)
    if (request.method === 'GET') return ok('get', 'GET', 'sys_agentOverride', found)
    if (request.method === 'DELETE') {
      found.isActive = false
      found.recordVersion += 1
      found.updatedAt = new Date(now()).toISOString()
      return ok('delete', 'DELETE', 'sys_agentOverride', found)
    }
    if (!found.isActive) return error(404, 'errMsg_agentOverrideNotFound', 'The override was deleted')
    const parsed = overrideFieldsSchema.safeParse(request.body)
    if (!parsed.success) {
      const { message, detail } = validationMessage(parsed.error)
      return error(400, message, detail)
    }
    Object.assign(found, parsed.data)
    found.recordVersion += 1
    found.updatedBy = caller.userId
    found.updatedAt = new Date(now()).toISOString()
    return ok('update', 'PATCH', 'sys_agentOverride', found)
  }

  return {
    provider: 'agenthub',
    userId,
    readOnlyUserId: users.readOnly.userId,
    handle,
    overrides: () => data.overrides,
    touchOverride(id, changes = {}) {
      const record = data.overrides.find((candidate) => candidate.id === id)
      if (!record) return
      Object.assign(record, changes)
      record.recordVersion += 1
      record.updatedAt = new Date(now()).toISOString()
    },
    addExecution(execution) {
      const at = new Date(now()).toISOString()
      const record: ExecutionRecord = {
        id: random.uuid(),
        agentType: 'design',
        agentType_idx: 0,
        source: 'rest',
        source_idx: 0,
        userId,
        input: null,
        output: null,
        toolCalls: 0,
        tokenUsage: { prompt: 0, completion: 0, total: 0 },
        durationMs: 0,
        status_idx: { success: 0, error: 1, timeout: 2 }[execution.status],
        error: null,
        recordVersion: 1,
        createdAt: at,
        updatedAt: at,
        _owner: userId,
        isActive: true,
        ...execution,
      }
      data.executions.push(record)
      return record
    },
    setPermission(name, canDo) {
      const kept = main.records.filter((candidate) => candidate.permissionName !== name)
      main.records = [...kept, record(main, main.records.length + 1, { permissionName: name, canDo })]
    },
    setPermissions(records) {
      main.records = records.map((input, index) => record(main, index + 1, input))
    },
    setRole(roleId) {
      main.roleId = roleId
    },
    failPermissionsList(status) {
      permissionsListFailure = status
    },
    setPermissionsNamedAfterApis(on) {
      namedAfterApis = on
    },
    resetPermissions() {
      namedAfterApis = options.permissionsNamedAfterApis ?? false
      permissionsListFailure = undefined
      main.roleId = 'supervisor'
      main.records = mainSeedRecords(main)
    },
  }
}
