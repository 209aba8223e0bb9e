import type { z } from 'zod'

import type { AgentExecution, AgentHubPaging, AgentOverride, ToolCatalogEntry } from '../../../shared/domain/agenthub'
import type { ErrorDetails } from '../http/provider-http'

import type { executionWireSchema, OverrideWire, pagingSchema, toolWireSchema } from './agenthub-schemas'

/** The wire override as the app's override; an unknown response format is kept as null. */
export function toOverride(wire: OverrideWire): AgentOverride {
  const format = wire.responseFormat === 'text' || wire.responseFormat === 'json' ? wire.responseFormat : null
  return {
    id: wire.id,
    agentName: wire.agentName,
    provider: wire.provider ?? null,
    model: wire.model ?? null,
    systemPrompt: wire.systemPrompt ?? null,
    temperature: wire.temperature ?? null,
    maxTokens: wire.maxTokens ?? null,
    responseFormat: format,
    selectedTools: wire.selectedTools ?? null,
    guardrails: wire.guardrails
      ? {
          maxToolCalls: wire.guardrails.maxToolCalls ?? null,
          timeout: wire.guardrails.timeout ?? null,
          maxTokenBudget: wire.guardrails.maxTokenBudget ?? null,
        }
      : null,
    enabled: wire.enabled ?? null,
    updatedBy: wire.updatedBy ?? null,
    recordVersion: wire.recordVersion,
    createdAt: wire.createdAt ?? null,
    updatedAt: wire.updatedAt ?? null,
    isActive: wire.isActive ?? true,
  }
}

export function toTool(wire: z.infer<typeof toolWireSchema>): ToolCatalogEntry {
  return {
    id: wire.id,
    toolName: wire.toolName,
    serviceName: wire.serviceName,
    description: wire.description ?? null,
    parameters: wire.parameters ?? null,
    lastRefreshed: wire.lastRefreshed ?? null,
  }
}

export function toExecution(wire: z.infer<typeof executionWireSchema>): AgentExecution {
  return {
    id: wire.id,
    agentName: wire.agentName,
    agentType: wire.agentType ?? null,
    source: wire.source ?? null,
    userId: wire.userId ?? null,
    input: wire.input ?? null,
    output: wire.output ?? null,
    toolCalls: wire.toolCalls ?? null,
    tokenUsage: wire.tokenUsage ?? null,
    durationMs: wire.durationMs ?? null,
    status: wire.status,
    error: wire.error ?? null,
    createdAt: wire.createdAt ?? null,
  }
}

export function toPaging(wire: z.infer<typeof pagingSchema> | null | undefined): AgentHubPaging | null {
  return wire
    ? {
        pageNumber: wire.pageNumber,
        pageRowCount: wire.pageRowCount,
        totalRowCount: wire.totalRowCount,
        pageCount: wire.pageCount,
      }
    : null
}

/** Reads {result: "ERR", status, message, errCode, detail} (and the shorter {status: "ERR", message}). */
export function readAgentHubError(body: unknown): ErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const record = body as Record<string, unknown>
  const message = typeof record.message === 'string' ? record.message : undefined
  const detail = typeof record.detail === 'string' && record.detail !== 'String' ? record.detail : undefined
  const code = record.errCode ?? undefined
  if (!message && !detail && code === undefined) return undefined
  // "errMsg_temperature_must_be_between_0_and_2" is a key, not a sentence: prefer the detail.
  const key = message?.startsWith('errMsg_') ? humaniseKey(message) : undefined
  const text = key ? detail || key : [message, detail].filter(Boolean).join(' — ')
  return {
    ...(text ? { message: text } : {}),
    ...(code !== undefined ? { code: String(code) } : {}),
  }
}

/** "errMsg_agentOverrideNotFound" → "agent override not found". */
function humaniseKey(key: string): string {
  return key
    .replace(/^errMsg_/, '')
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
}
