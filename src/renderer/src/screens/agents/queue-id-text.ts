import { z } from 'zod'

import { queueIdSchema } from '../../../../shared/domain/alohub-views'
import { problemMessage } from '../../../../shared/i18n/problem'

/** A queue id as typed into a field, read as AloHub's number; the problems are catalog codes. */
export const queueIdText = z
  .string()
  .trim()
  .min(1, problemMessage('agents:queues.enterId'))
  .regex(/^\d*$/, problemMessage('agents:queues.digitsOnly'))
  .transform(Number)
  .refine((id) => queueIdSchema.safeParse(id).success, problemMessage('agents:queues.notAnId'))

/** The priority field: empty (leave AloHub's as it is) or a whole number from 0. */
export const priorityText = z
  .string()
  .trim()
  .regex(/^(\d{1,4})?$/, problemMessage('agents:queues.priorityProblem'))

/** The first problem with a typed queue id, or the id. */
export function readQueueId(text: string): { id: number; problem?: undefined } | { id?: undefined; problem: string } {
  const parsed = queueIdText.safeParse(text)
  return parsed.success ? { id: parsed.data } : { problem: parsed.error.issues[0]?.message ?? '' }
}
