import { z } from 'zod'

import { interruptionSchema } from './write-check'

/**
 * The guarded save of a list the provider only replaces whole (AloHub's callin queues, VoIPbin's
 * addresses), as it crosses IPC: what the user agreed to, and the four things that can come of it.
 */
export const replaceAllConsentShape = {
  /** The user saw which items go and agreed. */
  confirmRemoval: z.boolean(),
  /** The user saw the list changed elsewhere and chose theirs over it. */
  overwrite: z.boolean(),
}

/** Saved (with what the save itself reports), nothing to do, a removal to confirm, or a change made elsewhere to see. */
export function replaceAllSaveSchema<
  List extends z.ZodType,
  Saved extends z.core.$ZodLooseShape,
  Unchanged extends z.core.$ZodLooseShape,
>(list: List, saved: Saved, unchanged: Unchanged) {
  return z.discriminatedUnion('outcome', [
    z.object({
      outcome: z.literal('saved'),
      ...saved,
      added: list,
      removed: list,
      /** The answer was lost on the way back; reading the record again showed the change applied. */
      interrupted: interruptionSchema.optional(),
    }),
    z.object({ outcome: z.literal('unchanged'), ...unchanged }),
    z.object({ outcome: z.literal('confirm_removal'), added: list, removed: list }),
    z.object({ outcome: z.literal('changed_elsewhere'), current: list }),
  ])
}
