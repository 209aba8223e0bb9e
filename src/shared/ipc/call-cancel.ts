import { z } from 'zod'

/**
 * A call's id, chosen by the window that makes the call (a counter). Main keeps the ids of each
 * window apart, so an id only ever names a call of the window that sends it.
 */
export const callIdSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)

/** The one message that cancels a call, checked at the boundary like every request. */
export const cancelMessageSchema = z.object({ callId: callIdSchema }).strict()
export type CancelMessage = z.infer<typeof cancelMessageSchema>
