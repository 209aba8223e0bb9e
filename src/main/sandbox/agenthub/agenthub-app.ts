import type { ProviderApp, SandboxRequest, SandboxResponse } from '../sandbox-http'
import { seededRandom } from '../seeded-random'

import { seedAgentHub, type ExecutionRecord, type OverrideRecord } from './agenthub-data'
import { createOverrideSchema, overrideFieldsSchema, validationMessage } from './agenthub-validation'

/** How the AgentHub sandbox behaves. */
export interface AgentHubAppOptions {
  readonly seed: number
  readonly token: string
  readonly now?: () => number
}

/** The AgentHub sandbox and its handles. */
export interface AgentHubApp extends ProviderApp {
  readonly userId: string
  overrides(): ReadonlyArray<Readonly<OverrideRecord>>
  /** Someone else edits an override: its recordVersion moves on. */
  touchOverride(id: string, changes?: Partial<OverrideRecord>): void
  addExecution(execution: Partial<ExecutionRecord> & Pick<ExecutionRecord, 'agentName' | 'status'>): ExecutionRecord
  setPermission(name: string, canDo: boolean): void
}

/** Creates the sandbox of the generated AgentHub service: envelopes, paging, validation, soft delete. */
export function createAgentHubApp(options: AgentHubAppOptions): AgentHubApp {
  const now = options.now ?? Date.now
  const random = seededRandom(options.seed)
  const userId = random.uuid()
  const data = seedAgentHub(random, Date.parse('2026-11-24T08:00:00Z'), userId)
  const permissions = new Map<string, boolean>([
    ['agentOverride.view', true],
    ['agentOverride.create', true],
    ['agentOverride.update', true],
    ['agentOverride.delete', false],
    ['agentExecution.view', true],
  ])
  let serial = 0

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
      userId,
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
    if (token(request) !== options.token) return error(401, 'errMsg_LoginRequired', 'No login found')
    if (request.bodyError !== undefined) return error(400, 'errMsg_bodyIsNotJson', request.bodyError)
    const parts = request.path.split('/').filter(Boolean)
    // Session routes sit at the root (/permissions/:name); business routes under /v1/<resource>.
    const route = `${request.method} /${parts.slice(0, parts[0] === 'v1' ? 2 : 1).join('/')}`
    const id = parts[2] ?? parts[1]
    switch (route) {
      case 'GET /currentuser':
        return {
          status: 200,
          json: {
            userId,
            email: 'lan.tran@example.vn',
            fullname: 'Trần Thị Lan',
            roleId: 'supervisor',
            tenantId: 'demo-tenant',
            accessToken: options.token,
          },
        }
      case 'GET /permissions':
        if (parts[1]) {
          return {
            status: 200,
            json: { canDo: permissions.get(decodeURIComponent(parts[1])) ?? false, exceptions: [] },
          }
        }
        return {
          status: 200,
          json: [...permissions].map(([permissionName, canDo], index) => ({
            id: `perm${index + 1}`,
            permissionName,
            roleId: 'supervisor',
            subjectUserId: userId,
            subjectUserGroupId: null,
            objectId: null,
            canDo,
            tenantCodename: 'demo',
          })),
        }
      case 'GET /v1/agentoverrides':
        return list(data.overrides, request.query, 'sys_agentOverrides')
      case 'POST /v1/agentoverride':
        if (!permissions.get('agentOverride.create')) return error(403, 'errMsg_NoPermission', 'agentOverride.create')
        return createOverride(request.body)
      case 'GET /v1/toolcatalog': {
        const service = request.query.get('serviceName')
        return list(
          data.tools.filter((tool) => !service || tool.serviceName === service),
          request.query,
          'sys_toolCatalogs',
        )
      }
      case 'GET /v1/agentexecutions': {
        const filters = ['agentName', 'agentType', 'source', 'userId', 'status'] as const
        const rows = data.executions
          .filter((execution) =>
            filters.every((name) => !request.query.get(name) || execution[name] === request.query.get(name)),
          )
          .toSorted((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
        return list(rows, request.query, 'sys_agentExecutions')
      }
    }
    if (parts[0] === 'v1' && parts[1] === 'agentoverride' && id) return overrideById(request, id)
    if (route === 'GET /v1/toolcatalogentry' && id) {
      const tool = data.tools.find((candidate) => candidate.id === id)
      return tool ? ok('get', 'GET', 'sys_toolCatalog', tool) : error(404, 'errMsg_toolCatalogNotFound')
    }
    if (route === 'GET /v1/agentexecution' && id) {
      const execution = data.executions.find((candidate) => candidate.id === id)
      return execution ? ok('get', 'GET', 'sys_agentExecution', execution) : error(404, 'errMsg_agentExecutionNotFound')
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
    const record: OverrideRecord = {
      id: random.uuid(),
      provider: null,
      model: null,
      systemPrompt: null,
      temperature: null,
      maxTokens: null,
      responseFormat: null,
      selectedTools: null,
      guardrails: null,
      ...parsed.data,
      enabled: true,
      updatedBy: userId,
      recordVersion: 1,
      createdAt: at,
      updatedAt: at,
      _owner: userId,
      isActive: true,
    }
    data.overrides.push(record)
    return ok('create', 'POST', 'sys_agentOverride', record)
  }

  const overrideById = (request: SandboxRequest, id: string): SandboxResponse => {
    const record = data.overrides.find((candidate) => candidate.id === id)
    if (!record) return error(404, 'errMsg_agentOverrideNotFound', `No override ${id}`)
    if (request.method === 'GET') return ok('get', 'GET', 'sys_agentOverride', record)
    if (request.method === 'DELETE') {
      if (!permissions.get('agentOverride.delete')) return error(403, 'errMsg_NoPermission', 'agentOverride.delete')
      record.isActive = false
      record.recordVersion += 1
      record.updatedAt = new Date(now()).toISOString()
      return ok('delete', 'DELETE', 'sys_agentOverride', record)
    }
    if (request.method === 'PATCH') {
      if (!permissions.get('agentOverride.update')) return error(403, 'errMsg_NoPermission', 'agentOverride.update')
      if (!record.isActive) return error(404, 'errMsg_agentOverrideNotFound', 'The override was deleted')
      const parsed = overrideFieldsSchema.safeParse(request.body)
      if (!parsed.success) {
        const { message, detail } = validationMessage(parsed.error)
        return error(400, message, detail)
      }
      Object.assign(record, parsed.data)
      record.recordVersion += 1
      record.updatedBy = userId
      record.updatedAt = new Date(now()).toISOString()
      return ok('update', 'PATCH', 'sys_agentOverride', record)
    }
    return error(404, 'errMsg_routeNotFound')
  }

  return {
    provider: 'agenthub',
    userId,
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
      permissions.set(name, canDo)
    },
  }
}
