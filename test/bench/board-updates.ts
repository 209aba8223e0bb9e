import { createBoardProjection } from '../../src/main/monitor/board-projection'
import { createBoardPublisher } from '../../src/main/monitor/board-publisher'
import type { LiveCall, MonitorStatus } from '../../src/shared/domain/live'
import { noLiveFilter } from '../../src/shared/domain/live-filter'
import { callKey } from '../../src/shared/domain/live-update'

import { percentiles } from './bench-stats'

/**
 * The board of a busy floor: `size` calls, 5 % of them moving each poll. Of those, a ringing
 * call is answered (a change) and a call on the line ends and the agent's next call rings (one
 * call removed, one added), so every kind of change travels.
 */
export function busyFloor(size: number) {
  const generation = new Array<number>(size).fill(0)
  const ringing = new Array<boolean>(size).fill(false)
  const seenAt = new Array<string>(size).fill(new Date(Date.UTC(2026, 10, 25, 2, 0, 0)).toISOString())
  let round = 0
  return {
    /** Moves 5 % of the calls on; answers the indexes moved. */
    next(at: string): number[] {
      round += 1
      const moved: number[] = []
      for (let index = round % 20; index < size; index += 20) {
        if (ringing[index]) ringing[index] = false
        else {
          generation[index] = (generation[index] ?? 0) + 1
          ringing[index] = true
        }
        seenAt[index] = at
        moved.push(index)
      }
      return moved
    },
    callId: (index: number) => `call-${index}-${generation[index] ?? 0}`,
    ringing: (index: number) => ringing[index] ?? false,
    seenAt: (index: number) => seenAt[index] ?? '',
  }
}

const accountId = '6f1c0f52-7c3e-4e0b-9a59-1f1b2f0c1a11'

/**
 * The calls as the Tel4vn watcher hands them over each poll: a call whose row did not change is
 * the object it handed over before (tel4vn-calls-watcher.ts), the others are new objects.
 */
function liveCalls(floor: ReturnType<typeof busyFloor>, size: number, before: LiveCall[]): LiveCall[] {
  return Array.from({ length: size }, (_unused, index) => {
    const kept = before[index]
    const fresh = freshCall(floor, index)
    return kept && kept.callId === fresh.callId && kept.state === fresh.state && kept.seenAt === fresh.seenAt
      ? kept
      : fresh
  })
}

function freshCall(floor: ReturnType<typeof busyFloor>, index: number): LiveCall {
  return {
    callId: floor.callId(index),
    state: floor.ringing(index) ? 'ringing' : 'on_call',
    direction: index % 3 === 0 ? 'outbound' : 'inbound',
    extension: String(100_000 + index),
    agentName: `Nguyễn Văn ${index}`,
    username: `agent${index}`,
    userId: `user-${index}`,
    destination: `0899${String(index).padStart(6, '0')}`,
    startedAt: '2026-11-25T02:30:00.000Z',
    domainName: 'demo.tel4vn.com',
    accountId,
    accountLabel: 'Bench',
    queueIds: [index % 8],
    concerned: true,
    seenAt: floor.seenAt(index),
  }
}

/**
 * Main's side of one update, per poll: the board built from the watchers' calls (sorted), the
 * comparison with the last one published, and the update serialised as it travels (JSON, as the
 * harness sends it; Electron's structured clone is of the same order). Bytes are compared with
 * the rows that changed: the added and changed calls whole, the removed ones as they were.
 */
export function measureBoardPublish(size: number, rounds: number) {
  const floor = busyFloor(size)
  const board = createBoardProjection(() => new Date().toISOString())
  const publisher = createBoardPublisher()
  const status: MonitorStatus = {
    accountId,
    accountLabel: 'Bench',
    provider: 'tel4vn',
    state: 'ok',
    problem: null,
    lastSuccessAt: null,
    push: null,
    blindSince: null,
    pushReason: null,
    pollSeconds: 2,
  }
  const lastRows = new Map<string, number>()
  const build: number[] = []
  const publish: number[] = []
  const whole: number[] = []
  const cpuMs: number[] = []
  const ratios: number[] = []
  const bytes: number[] = []
  let snapshotBytes = 0
  let calls: LiveCall[] = []
  for (let round = 0; round < rounds; round += 1) {
    const at = new Date(Date.UTC(2026, 10, 25, 2, 0, round)).toISOString()
    floor.next(at)
    calls = liveCalls(floor, size, calls)
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    const state = board.state(noLiveFilter, [{ calls, status: { ...status, lastSuccessAt: at } }])
    const built = performance.now()
    const update = publisher.publish(state)
    const sent = update ? JSON.stringify(update) : ''
    const done = performance.now()
    // CPU time too: on a shared machine the wall clock holds the other processes' turns.
    const cpu = process.cpuUsage(cpuBefore)
    if (!update) throw new Error('a poll that moved 5 % of the calls published nothing')
    const rowBytes = (call: LiveCall) => Buffer.byteLength(JSON.stringify(call))
    let changedRows = 0
    for (const call of [...update.added, ...update.changed]) changedRows += rowBytes(call)
    for (const key of update.removed) changedRows += lastRows.get(callKey(key)) ?? 0
    lastRows.clear()
    for (const call of state.calls) lastRows.set(callKey(call), rowBytes(call))
    // The first rounds add every call and warm the JIT: not counted.
    if (round < 5) continue
    build.push(built - started)
    publish.push(done - built)
    whole.push(done - started)
    cpuMs.push((cpu.user + cpu.system) / 1000)
    const sentBytes = Buffer.byteLength(sent)
    bytes.push(sentBytes)
    ratios.push(sentBytes / changedRows)
    snapshotBytes = Buffer.byteLength(JSON.stringify(state))
  }
  return {
    calls: size,
    updateBytes: percentiles(bytes),
    ratioToChangedRows: percentiles(ratios),
    snapshotBytes,
    buildBoard: percentiles(build),
    diffAndSerialise: percentiles(publish),
    publishTotal: percentiles(whole),
    publishCpu: percentiles(cpuMs),
  }
}
