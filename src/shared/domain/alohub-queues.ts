import { z } from 'zod'

import { problemMessage } from '../i18n/problem'

import { interruptionSchema } from './write-check'

const queueIds = z.array(z.number().int().nonnegative()).max(100)

/** Saving an agent's callin queues: the list as opened, the list wanted, and what the user agreed to. */
export const callinQueueSaveRequestSchema = z
  .object({
    accountId: z.uuid(),
    agentId: z.string().regex(/^[\w-]{1,64}$/, problemMessage('agents:problems.agentId')),
    base: queueIds,
    desired: queueIds,
    /** AloHub's one priority for the agent in its callin queues; absent = leave it as it is. */
    priority: z
      .number()
      .int(problemMessage('agents:problems.priorityWhole'))
      .min(0, problemMessage('agents:problems.priorityMin'))
      .max(1000)
      .optional(),
    confirmRemoval: z.boolean(),
    overwrite: z.boolean(),
  })
  .strict()

/** What came of it: saved, nothing to do, a removal to confirm, or a change made elsewhere to see. */
export const callinQueueSaveSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('saved'),
    queues: queueIds,
    added: queueIds,
    removed: queueIds,
    /** The answer was lost on the way back; reading the agent again showed the change applied. */
    interrupted: interruptionSchema.optional(),
  }),
  z.object({ outcome: z.literal('unchanged'), queues: queueIds }),
  z.object({ outcome: z.literal('confirm_removal'), added: queueIds, removed: queueIds }),
  z.object({ outcome: z.literal('changed_elsewhere'), current: queueIds }),
])
export type CallinQueueSave = z.infer<typeof callinQueueSaveSchema>
