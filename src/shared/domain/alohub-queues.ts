import { z } from 'zod'

import { problemMessage } from '../i18n/problem'

import { replaceAllConsentShape, replaceAllSaveSchema } from './replace-all'

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
    ...replaceAllConsentShape,
  })
  .strict()
export type CallinQueueSaveRequest = z.infer<typeof callinQueueSaveRequestSchema>

/** What came of it: saved, nothing to do, a removal to confirm, or a change made elsewhere to see. */
export const callinQueueSaveSchema = replaceAllSaveSchema(queueIds, { queues: queueIds }, { queues: queueIds })
export type CallinQueueSave = z.infer<typeof callinQueueSaveSchema>
