import { AGENTHUB, AVATAR, FACTS, type DocumentedCall, type Source } from './documented-call'

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
const overrideFields = ['provider', 'model', 'systemPrompt', 'temperature', 'maxTokens', 'responseFormat']
const overrideObjects = ['selectedTools', 'guardrails']

/** The AI avatar platform and AgentHub: every call their documents show. */
export const aiCalls: ReadonlyArray<DocumentedCall> = [
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
    const paged = (query as ReadonlyArray<string>).includes('pageNumber')
    if (paged) sources.push(agenthubPaging)
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
      // The document's list of common parameters is empty; their names come from public docs.
      ...(paged ? { publicDocs: 'pages through long lists instead of loading them whole' } : {}),
      sources,
    }
  }),
]
