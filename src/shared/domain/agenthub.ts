/**
 * Guardrails of an AI agent override; null fields use the design default. Optional fields may hold
 * undefined: these types describe what the zod schemas parse, where optional means that.
 */
export interface AgentGuardrails {
  readonly maxToolCalls?: number | null | undefined
  readonly timeout?: number | null | undefined
  readonly maxTokenBudget?: number | null | undefined
}

/** The editable fields of an AgentHub override (AI agent runtime settings). */
export interface AgentOverrideFields {
  readonly provider?: string | null | undefined
  readonly model?: string | null | undefined
  readonly systemPrompt?: string | null | undefined
  readonly temperature?: number | null | undefined
  readonly maxTokens?: number | null | undefined
  readonly responseFormat?: 'text' | 'json' | null | undefined
  readonly selectedTools?: ReadonlyArray<string> | null | undefined
  readonly guardrails?: AgentGuardrails | null | undefined
  readonly enabled?: boolean | null | undefined
}

/** An AgentHub override as stored; `isActive` false means soft-deleted. */
export interface AgentOverride extends AgentOverrideFields {
  readonly id: string
  readonly agentName: string
  readonly updatedBy: string | null
  /** Grows with each update: a different value than loaded means someone else changed it. */
  readonly recordVersion: number
  readonly createdAt: string | null
  readonly updatedAt: string | null
  readonly isActive: boolean
}

/** A tool an AI agent may be given, from the catalog. */
export interface ToolCatalogEntry {
  readonly id: string
  readonly toolName: string
  readonly serviceName: string
  readonly description: string | null
  /** JSON Schema of the tool's parameters. */
  readonly parameters: unknown
  readonly lastRefreshed: string | null
}

export type ExecutionStatus = 'success' | 'error' | 'timeout'

/** One run of an AI agent. */
export interface AgentExecution {
  readonly id: string
  readonly agentName: string
  readonly agentType: string | null
  readonly source: string | null
  readonly userId: string | null
  readonly input: unknown
  readonly output: unknown
  readonly toolCalls: number | null
  readonly tokenUsage: {
    readonly prompt?: number | undefined
    readonly completion?: number | undefined
    readonly total?: number | undefined
  } | null
  readonly durationMs: number | null
  readonly status: ExecutionStatus | string
  readonly error: string | null
  readonly createdAt: string | null
}

/** AgentHub's paging block. */
export interface AgentHubPaging {
  readonly pageNumber: number
  readonly pageRowCount: number
  readonly totalRowCount: number
  readonly pageCount: number
}

/** One page of results. */
export interface AgentHubPage<T> {
  readonly items: ReadonlyArray<T>
  readonly paging: AgentHubPaging | null
}

/** Who the AgentHub token belongs to; the session's own token is never kept. */
export interface AgentHubUser {
  readonly userId: string | null
  readonly email: string | null
  readonly fullname: string | null
  readonly roleId: string | null
  readonly tenantId: string | null
}

/**
 * One record of GET /permissions, as AgentHub lists it (the givenPermissions model). Its name is
 * the server's own: the app reads it as a "no" only where it names exactly one of the APIs an
 * action calls (see main/agenthub/agenthub-abilities.ts).
 */
export interface AgentHubPermission {
  readonly id: string | null
  readonly permissionName: string
  readonly canDo: boolean
  readonly roleId: string | null
  readonly subjectUserId: string | null
  readonly subjectUserGroupId: string | null
  /** Set when the record is about one object only. */
  readonly objectId: string | null
  readonly tenantCodename: string | null
}
