import { z } from 'zod'

import { callIdSchema, cancelMessageSchema } from './call-cancel'
import { ipcResultSchema } from './result'

/**
 * Messages of the browser harness's WebSocket, which carries the same contract as
 * Electron's IPC. The per-run token travels as the second WebSocket sub-protocol.
 */
export const HARNESS_PATH = '/ipc'
export const HARNESS_PROTOCOL = 'agentdesk-ipc'

/**
 * Renderer to harness: one operation call (`id` matches its result; `callId` is the call's id for
 * cancelling, as on Electron's channel), or the cancel of one (call-cancel.ts).
 */
export const harnessRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('invoke'),
    id: z.number().int().nonnegative(),
    operation: z.string().max(100),
    payload: z.unknown(),
    callId: callIdSchema.optional(),
  }),
  cancelMessageSchema.extend({ type: z.literal('cancel') }),
])
export type HarnessRequest = z.infer<typeof harnessRequestSchema>

/** Harness to renderer: an answer to a call, or an event. */
export const harnessMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('result'), id: z.number(), result: ipcResultSchema }),
  z.object({ type: z.literal('event'), name: z.string(), payload: z.unknown() }),
])
export type HarnessMessage = z.infer<typeof harnessMessageSchema>
