import { z } from 'zod'

/**
 * How a write's answer was lost: the connection broke (reset) or the provider never answered
 * (timeout). Either way the provider may or may not have applied it, so the app reads again.
 */
export const interruptionSchema = z.enum(['network', 'timeout'])
export type Interruption = z.infer<typeof interruptionSchema>

/**
 * A lost answer, as reading the record again showed it: the change is not there, or nothing
 * could tell (the record could not be read, or the provider never reports that setting).
 * A change that is there is a success, marked `interrupted`.
 */
export const uncertainWriteOutcomeSchema = z.enum(['not_applied', 'unknown'])
export type UncertainWriteOutcome = z.infer<typeof uncertainWriteOutcomeSchema>
