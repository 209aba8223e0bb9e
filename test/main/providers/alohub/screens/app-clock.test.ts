import { describe, expect, it } from 'vitest'

import { createAlohubClient } from '../../../../../src/main/providers/alohub/alohub-client'
import { createAlohubHandlers } from '../../../../../src/main/providers/alohub/screens/alohub-handlers'
import { createBulkJobs } from '../../../../../src/main/providers/alohub/screens/bulk-jobs'
import { createRecordingMarks } from '../../../../../src/main/providers/alohub/screens/recording-marks'
import { openSettingsRepository } from '../../../../../src/main/settings/settings-repository'
import type { BulkJob } from '../../../../../src/shared/domain/alohub-views'
import { manualClock } from '../../../../helpers/manual-clock'
import { recordingLogger } from '../../../../helpers/recording-logger'
import { useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
const ACCOUNT = 'c2f0f5a4-5a8e-4a57-9a55-6a0c0a7f3b21'
// Far from the real time, so a value read from the system clock cannot pass for it.
const START = Date.parse('2031-03-04T05:06:07Z')

/** AloHub's screens on the sandbox, telling time by a clock that moves only when told to. */
function screens() {
  const clock = manualClock(START)
  const client = createAlohubClient({
    ...clientOptions(),
    baseUrl: sandbox().baseUrls.alohub,
    secret: async () => sandbox().credentials.alohub.apiKey,
  })
  const marks = createRecordingMarks(openSettingsRepository({ store: {} }, recordingLogger()))
  const reports: BulkJob[] = []
  const bulk = createBulkJobs({ clientFor: () => client, marks, clock, onChange: (job) => void reports.push(job) })
  const handlers = createAlohubHandlers({ clientFor: () => client, marks, bulk, clock })
  return { clock, marks, bulk, handlers, reports }
}

const agentIds = (count: number) =>
  sandbox()
    .apps.alohub.agents()
    .slice(0, count)
    .map((agent) => agent.agentId)

describe("AloHub's screens tell time by the app's clock", () => {
  it('a recording set by the user is marked with the clock’s time', async () => {
    const { clock, marks, handlers } = screens()
    clock.advance(1500)
    const [agentId = ''] = agentIds(1)
    const answer = await handlers['alohub.setRecording']({ accountId: ACCOUNT, agentId, enabled: false })
    expect(answer.at).toBe('2031-03-04T05:06:08.500Z')
    expect(marks.forAccount(ACCOUNT)[agentId]).toEqual({ enabled: false, at: '2031-03-04T05:06:08.500Z' })
  })

  it('a bulk job starts, marks and finishes at the clock’s time', async () => {
    const { clock, marks, bulk, reports } = screens()
    const targets = agentIds(3)
    const started = bulk.start(ACCOUNT, targets, { kind: 'recording', enabled: true })
    expect(started.startedAt).toBe('2031-03-04T05:06:07.000Z')
    const finished = await new Promise<BulkJob>((resolve) => {
      const look = () => {
        const job = bulk.get(started.id)
        if (job.state === 'running') setTimeout(look, 10)
        else resolve(job)
      }
      look()
    })
    expect(finished).toMatchObject({ state: 'finished', finishedAt: '2031-03-04T05:06:07.000Z' })
    for (const agentId of targets) {
      expect(marks.forAccount(ACCOUNT)[agentId]).toEqual({ enabled: true, at: '2031-03-04T05:06:07.000Z' })
    }
    // A progress report waits on the clock's timer; the finish is reported at once and clears it.
    expect(reports.at(-1)).toMatchObject({ state: 'finished' })
    expect(clock.pendingTimers()).toBe(0)
    bulk.dispose()
  })
})
