import { measureBoardPaint } from './board-paint'
import { measureBoardPublish } from './board-updates'
import { measureBulkPacing } from './bulk-pacing'
import { measureDecisionTime } from './decision-time'
import { measurePollingLatency, measurePushLatency } from './detection-latency'
import { measurePollEndurance } from './poll-endurance'
import { measureDirectPolling } from './relay-direct'
import { measureRelayFanOut } from './relay-fan-out'

/**
 * One measurement in a process of its own, its result as JSON on stdout: a measurement must
 * not pay for the heap another one left behind.
 */
const [section = '', ...args] = process.argv.slice(2)
const numbers = args.map(Number)
const sections: Record<string, () => Promise<unknown>> = {
  decision: () => measureDecisionTime(numbers[0] ?? 1000, numbers[1] ?? 60),
  polling: () => measurePollingLatency(numbers[0] ?? 2, numbers[1] ?? 40),
  push: () => measurePushLatency(numbers[0] ?? 100),
  endurance: () => measurePollEndurance(numbers[0] ?? 10_000, numbers[1] ?? 1000),
  bulk: () => measureBulkPacing(numbers[0] ?? 500),
  'board-publish': () => Promise.resolve(measureBoardPublish(numbers[0] ?? 1000, numbers[1] ?? 200)),
  'board-paint': () => measureBoardPaint(numbers[0] ?? 1000, numbers[1] ?? 100),
  'relay-fan-out': () => measureRelayFanOut(numbers[0] ?? 500, numbers[1] ?? 60),
  'relay-direct': () => measureDirectPolling(numbers[0] ?? 500, numbers[1] ?? 15),
}
const run = sections[section]
if (!run) throw new Error(`unknown section "${section}"; one of ${Object.keys(sections).join(', ')}`)
process.stdout.write(`${JSON.stringify(await run())}\n`)
