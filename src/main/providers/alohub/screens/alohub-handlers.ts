import type { Clock } from '../../../core/clock'
import type { OperationHandlers } from '../../../ipc/dispatch'
import { confirmedWrite } from '../../http/confirmed-write'
import type { AlohubClient } from '../alohub-client'

import type { BulkJobs } from './bulk-jobs'
import { saveCallinQueues } from './callin-queue-editor'
import type { RecordingMarks } from './recording-marks'

type AlohubOperations =
  | 'alohub.listAgents'
  | 'alohub.saveCallinQueues'
  | 'alohub.setCalloutQueue'
  | 'alohub.setRecording'
  | 'alohub.recordingMarks'
  | 'alohub.startBulk'
  | 'alohub.cancelBulk'
  | 'alohub.resumeBulk'
  | 'alohub.latestBulk'

/** AloHub operations of the Agents screen, each on the account it names. */
export function createAlohubHandlers(deps: {
  readonly clientFor: (accountId: string) => AlohubClient
  readonly marks: RecordingMarks
  readonly bulk: BulkJobs
  readonly clock: Clock
}): Pick<OperationHandlers, AlohubOperations> {
  const { clientFor, marks, bulk, clock } = deps
  return {
    async 'alohub.listAgents'({ accountId, page, size, active, queueId }) {
      const filter = { ...(active === undefined ? {} : { active }), ...(queueId === undefined ? {} : { queueId }) }
      return clientFor(accountId).listAgents(filter, page, size)
    },
    async 'alohub.saveCallinQueues'({ accountId, ...request }) {
      return saveCallinQueues(clientFor(accountId), request)
    },
    async 'alohub.setCalloutQueue'({ accountId, agentId, queueId }) {
      await clientFor(accountId).setCalloutQueue(agentId, queueId)
      return { saved: true as const }
    },
    async 'alohub.setRecording'({ accountId, agentId, enabled }) {
      const client = clientFor(accountId)
      // AloHub never reports recording, so a lost answer cannot be checked by reading: the PUT
      // sets a value (it does not toggle), so it is sent once more and its answer decides.
      const { interrupted } = await confirmedWrite(
        () => client.setRecording(agentId, enabled),
        () => client.setRecording(agentId, enabled).then(() => true),
        'resend',
      )
      const at = clock.now()
      marks.record(accountId, [{ agentId, enabled }], at)
      return { enabled, at: at.toISOString(), ...(interrupted ? { interrupted } : {}) }
    },
    async 'alohub.recordingMarks'({ accountId }) {
      return marks.forAccount(accountId)
    },
    async 'alohub.startBulk'({ accountId, agentIds, action }) {
      // An account that is gone or has no key is refused here, in words, not later in the job.
      clientFor(accountId)
      return bulk.start(accountId, agentIds, action)
    },
    async 'alohub.cancelBulk'({ jobId }) {
      return bulk.cancel(jobId)
    },
    async 'alohub.resumeBulk'({ jobId }) {
      return bulk.resume(jobId)
    },
    async 'alohub.latestBulk'({ accountId }) {
      return bulk.latest(accountId)
    },
  }
}
