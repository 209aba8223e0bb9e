import type { ProviderId } from '../../../../src/shared/domain/providers'

/**
 * Where a request may carry its credential. `bearer` is `Authorization: Bearer <value>`; a
 * query place is never listed: a credential in a URL ends up in logs and proxies.
 */
export type CredentialPlace =
  | { readonly in: 'bearer' }
  | { readonly in: 'header'; readonly name: string }
  | { readonly in: 'cookie'; readonly name: string }

/** Where a row comes from: a file of `../shared`, the line, and words the test finds on it. */
export interface Source {
  readonly file: string
  readonly line: number
  readonly quote: string
}

/**
 * One call as a document shows it. Paths are as the document writes them after the host;
 * `{name}` stands for one path segment. Headers other than transport headers must be listed.
 */
export interface DocumentedCall {
  readonly id: string
  readonly provider: ProviderId
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  readonly path: string
  /** Query names a request may carry (other than none). */
  readonly query: ReadonlyArray<string>
  /** Values a query name must take, where the document fixes them. */
  readonly queryValues?: Readonly<Record<string, ReadonlyArray<string>>>
  /** The request carries its credential in at least one of these (none: a public call). */
  readonly credential: ReadonlyArray<CredentialPlace>
  /** Headers a request may carry besides transport ones (lower case). */
  readonly headers: ReadonlyArray<string>
  /** Top-level JSON body keys a request may carry; null: no body at all. */
  readonly body: ReadonlyArray<string> | null
  readonly requiredBody?: ReadonlyArray<string>
  /** A WebSocket upgrade rather than a plain request. */
  readonly upgrade?: true
  /** The document shows it, public docs add it; the rows below name both sources. */
  readonly sources: ReadonlyArray<Source>
  /** Sent only in a mode the user chooses; the test runs that mode separately. */
  readonly optIn?: 'tel4vn-key-exchange'
  /** The document mentions the call but the app never makes it, and why. */
  readonly neverSent?: string
}

const ALOHUB = 'specs/alohub-agents-api.txt'
const TEL4VN = 'specs/tel4vn-monitor-api.md'
const VOIPBIN = 'specs/voipbin-agents-api.rst'
const AVATAR = 'specs/avatar-agents-api.txt'
const AGENTHUB = 'specs/agenthub-rest-api.txt'
const FACTS = 'PROVIDERS.md'

const alohubAuth = { credential: [{ in: 'header', name: 'x-api-key' }], headers: ['x-api-key', 'x-tenant-id'] } as const
const tel4vnAuth = { credential: [{ in: 'bearer' }], headers: ['authorization'] } as const
// The document shows `?token=` and `Cookie: token=`; public docs show Bearer. Never the URL.
const voipbinAuth = {
  credential: [{ in: 'cookie', name: 'token' }, { in: 'bearer' }],
  headers: ['cookie', 'authorization'],
} as const
const voipbinAuthSources: ReadonlyArray<Source> = [
  { file: VOIPBIN, line: 1, quote: "--header 'Cookie: token='" },
  { file: FACTS, line: 61, quote: 'both `Authorization: Bearer <t>` and `Cookie: token=<t>`' },
]
const agenthubAuth = {
  credential: [
    { in: 'bearer' },
    { in: 'header', name: 'airbnb3-access-token' },
    { in: 'cookie', name: 'airbnb3-access-token' },
  ],
  headers: ['authorization', 'airbnb3-access-token', 'cookie'],
} as const
const agenthubAuthSource: Source = { file: AGENTHUB, line: 45, quote: 'Authorization Header Bearer' }
const agenthubPaging: Source = { file: FACTS, line: 97, quote: '`pageNumber` (default 1' }
const signsIn = 'the user brings a token or an access key; AgentDesk never signs in or lists keys for them'
const noTags = 'AgentDesk does not manage tags'
const overrideFields = ['provider', 'model', 'systemPrompt', 'temperature', 'maxTokens', 'responseFormat']
const overrideObjects = ['selectedTools', 'guardrails']

/** Every call of the five documents (and the public additions PROVIDERS.md records). */
export const documentedCalls: ReadonlyArray<DocumentedCall> = [
  // AloHub
  {
    id: 'alohub.listAgents',
    provider: 'alohub',
    method: 'GET',
    path: '/v1/agents',
    query: ['team_id', 'status', 'queue_id', 'page', 'size'],
    ...alohubAuth,
    body: null,
    sources: [
      { file: ALOHUB, line: 24, quote: 'curl -X GET "https://xapi.alohub.vn/v1/agents?status=1&queue_id=1001226' },
      { file: ALOHUB, line: 28, quote: '/api/v1/agents?team_id=20260310&status=1&queue_id=1001226&page=0&size=20' },
      { file: ALOHUB, line: 22, quote: '-H "X-Tenant-ID: 20260310"' },
    ],
  },
  {
    id: 'alohub.setQueues',
    provider: 'alohub',
    method: 'PUT',
    path: '/v1/agents/{id}/queues',
    query: ['type'],
    queryValues: { type: ['callin', 'callout'] },
    ...alohubAuth,
    headers: [...alohubAuth.headers, 'content-type'],
    body: ['queue_ids', 'priority'],
    requiredBody: ['queue_ids'],
    sources: [
      { file: ALOHUB, line: 129, quote: 'curl -X PUT "https://xapi.alohub.vn/v1/agents/082018/queues?type=callin"' },
      { file: ALOHUB, line: 135, quote: 'curl -X PUT "https://xapi.alohub.vn/v1/agents/082018/queues?type=callout"' },
    ],
  },
  {
    id: 'alohub.setRecording',
    provider: 'alohub',
    method: 'PUT',
    path: '/v1/agents/{id}/recording',
    query: [],
    ...alohubAuth,
    headers: [...alohubAuth.headers, 'content-type'],
    body: ['enabled'],
    requiredBody: ['enabled'],
    sources: [{ file: ALOHUB, line: 207, quote: 'curl -X PUT "https://xapi.alohub.vn/v1/agents/082018/recording"' }],
  },
  // Tel4vn
  {
    id: 'tel4vn.monitorAgents',
    provider: 'tel4vn',
    method: 'GET',
    path: '/v1/monitor/agent',
    query: [],
    ...tel4vnAuth,
    headers: [...tel4vnAuth.headers, 'content-type'],
    body: null,
    sources: [
      { file: TEL4VN, line: 10, quote: "curl -L -X GET 'https://{{API_HOST}}/v1/monitor/agent'" },
      { file: TEL4VN, line: 12, quote: "-H 'Authorization: Bearer {{TOKEN}}'" },
    ],
  },
  {
    id: 'tel4vn.apiKeyFromPassword',
    provider: 'tel4vn',
    method: 'POST',
    path: '/v1/auth',
    query: [],
    credential: [],
    headers: ['content-type'],
    body: ['username', 'password'],
    requiredBody: ['username', 'password'],
    sources: [{ file: FACTS, line: 49, quote: '`POST /v1/auth {username,password}`' }],
    optIn: 'tel4vn-key-exchange',
  },
  {
    id: 'tel4vn.tokenFromKey',
    provider: 'tel4vn',
    method: 'POST',
    path: '/v1/auth/token',
    query: [],
    credential: [],
    headers: ['content-type'],
    body: ['api_key'],
    requiredBody: ['api_key'],
    sources: [{ file: FACTS, line: 50, quote: '`POST /v1/auth/token {api_key}`' }],
    optIn: 'tel4vn-key-exchange',
  },
  // VoIPbin (its document is one line of reStructuredText)
  {
    id: 'voipbin.createAgent',
    provider: 'voipbin',
    method: 'POST',
    path: '/v1.0/agents',
    query: [],
    ...voipbinAuth,
    headers: [...voipbinAuth.headers, 'content-type'],
    body: ['username', 'password', 'name', 'detail', 'ring_method', 'permission', 'tag_ids'],
    requiredBody: ['username', 'password'],
    sources: [
      { file: VOIPBIN, line: 1, quote: "--request POST 'https://api.voipbin.net/v1.0/agents?token='" },
      ...voipbinAuthSources,
    ],
  },
  {
    id: 'voipbin.setStatus',
    provider: 'voipbin',
    method: 'PUT',
    path: '/v1.0/agents/{id}/status',
    query: [],
    ...voipbinAuth,
    headers: [...voipbinAuth.headers, 'content-type'],
    body: ['status'],
    requiredBody: ['status'],
    sources: [{ file: VOIPBIN, line: 1, quote: "/status?token='" }, ...voipbinAuthSources],
  },
  {
    id: 'voipbin.replaceAddresses',
    provider: 'voipbin',
    method: 'PUT',
    path: '/v1.0/agents/{id}/addresses',
    query: [],
    ...voipbinAuth,
    headers: [...voipbinAuth.headers, 'content-type'],
    body: ['addresses'],
    requiredBody: ['addresses'],
    sources: [{ file: VOIPBIN, line: 1, quote: "/addresses?token='" }, ...voipbinAuthSources],
  },
  {
    id: 'voipbin.regenerateDirectHash',
    provider: 'voipbin',
    method: 'POST',
    path: '/v1.0/agents/{id}/direct-hash-regenerate',
    query: [],
    ...voipbinAuth,
    body: null,
    sources: [
      { file: VOIPBIN, line: 1, quote: "/direct-hash-regenerate?token='" },
      { file: VOIPBIN, line: 1, quote: 'This endpoint requires no request body' },
      ...voipbinAuthSources,
    ],
  },
  {
    id: 'voipbin.getAgent',
    provider: 'voipbin',
    method: 'GET',
    path: '/v1.0/agents/{id}',
    query: [],
    ...voipbinAuth,
    body: null,
    sources: [{ file: VOIPBIN, line: 1, quote: 'via ``GET /agents/{id}``' }, ...voipbinAuthSources],
  },
  {
    id: 'voipbin.listAgents',
    provider: 'voipbin',
    method: 'GET',
    path: '/v1.0/agents',
    query: ['page_size', 'page_token', 'status', 'tag_ids'],
    ...voipbinAuth,
    body: null,
    sources: [
      { file: FACTS, line: 75, quote: '`GET /agents?page_size&page_token&status&tag_ids`' },
      ...voipbinAuthSources,
    ],
  },
  {
    id: 'voipbin.push',
    provider: 'voipbin',
    method: 'GET',
    path: '/v1.0/ws',
    query: [],
    ...voipbinAuth,
    body: null,
    upgrade: true,
    sources: [
      { file: FACTS, line: 80, quote: 'Push: `wss://api.voipbin.net/v1.0/ws?token=...`' },
      ...voipbinAuthSources,
    ],
  },
  ...(
    [
      ['voipbin.login', 'POST', '/v1.0/auth/login', 'Obtain one via ``POST /auth/login``', signsIn],
      ['voipbin.accessKeys', 'GET', '/v1.0/accesskeys', 'use an access key from ``GET /accesskeys``', signsIn],
      ['voipbin.createTag', 'POST', '/v1.0/tags', 'Create tags via ``POST /tags``', noTags],
      ['voipbin.listTags', 'GET', '/v1.0/tags', 'obtain existing ones via ``GET /tags``', noTags],
    ] as const
  ).map(([id, method, path, quote, neverSent]): DocumentedCall => ({
    id,
    provider: 'voipbin',
    method,
    path,
    query: [],
    credential: [],
    headers: [],
    body: null,
    sources: [{ file: VOIPBIN, line: 1, quote }],
    neverSent,
  })),
  // AI avatar platform
  {
    id: 'avatar.listAgents',
    provider: 'avatar',
    method: 'GET',
    path: '/api/v1/agents',
    query: [],
    credential: [{ in: 'header', name: 'x-api-key' }, { in: 'bearer' }],
    headers: ['x-api-key', 'authorization'],
    body: null,
    sources: [
      { file: AVATAR, line: 12, quote: '--url https://jwhite.tail8bf327.ts.net/api/v1/agents' },
      { file: AVATAR, line: 13, quote: "--header 'x-api-key: <api-key>'" },
      { file: AVATAR, line: 45, quote: 'Authorization: Bearer <jwt_token>' },
    ],
  },
  // AgentHub
  ...(
    [
      [
        'agenthub.getOverride',
        'GET',
        '/v1/agentoverride/{id}',
        [],
        null,
        246,
        'GET /v1/agentoverride/:sys_agentOverrideId',
      ],
      [
        'agenthub.listOverrides',
        'GET',
        '/v1/agentoverrides',
        ['pageNumber', 'pageRowCount'],
        null,
        309,
        'GET /v1/agentoverrides',
      ],
      [
        'agenthub.updateOverride',
        'PATCH',
        '/v1/agentoverride/{id}',
        [],
        [...overrideFields, ...overrideObjects, 'enabled'],
        408,
        'PATCH /v1/agentoverride/:sys_agentOverrideId',
      ],
      [
        'agenthub.createOverride',
        'POST',
        '/v1/agentoverride',
        [],
        ['agentName', ...overrideFields, ...overrideObjects],
        502,
        'POST /v1/agentoverride',
      ],
      [
        'agenthub.deleteOverride',
        'DELETE',
        '/v1/agentoverride/{id}',
        [],
        null,
        580,
        'DELETE /v1/agentoverride/:sys_agentOverrideId',
      ],
      [
        'agenthub.listTools',
        'GET',
        '/v1/toolcatalog',
        ['serviceName', 'pageNumber', 'pageRowCount'],
        null,
        649,
        'GET /v1/toolcatalog',
      ],
      [
        'agenthub.getTool',
        'GET',
        '/v1/toolcatalogentry/{id}',
        [],
        null,
        726,
        'GET /v1/toolcatalogentry/:sys_toolCatalogId',
      ],
      [
        'agenthub.listExecutions',
        'GET',
        '/v1/agentexecutions',
        ['agentName', 'agentType', 'source', 'userId', 'status', 'pageNumber', 'pageRowCount'],
        null,
        797,
        'GET /v1/agentexecutions',
      ],
      [
        'agenthub.getExecution',
        'GET',
        '/v1/agentexecution/{id}',
        [],
        null,
        887,
        'GET /v1/agentexecution/:sys_agentExecutionId',
      ],
      ['agenthub.currentUser', 'GET', '/currentuser', [], null, 951, 'Access Route: GET /currentuser'],
      ['agenthub.permissions', 'GET', '/permissions', [], null, 994, 'Access Route: GET /permissions'],
      ['agenthub.checkPermission', 'GET', '/permissions/{name}', [], null, 1055, 'Access Route: GET /permissions/:'],
    ] as const
  ).map(([id, method, path, query, body, line, quote]): DocumentedCall => {
    const sources: Source[] = [{ file: AGENTHUB, line, quote }, agenthubAuthSource]
    if ((query as ReadonlyArray<string>).includes('pageNumber')) sources.push(agenthubPaging)
    return {
      id,
      provider: 'agenthub',
      method,
      path,
      query,
      ...agenthubAuth,
      headers: body ? [...agenthubAuth.headers, 'content-type'] : agenthubAuth.headers,
      body,
      ...(method === 'POST' ? { requiredBody: ['agentName'] } : {}),
      sources,
    }
  }),
]
