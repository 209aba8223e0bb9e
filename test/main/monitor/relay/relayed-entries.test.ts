import { describe, expect, it } from 'vitest'

import { createRelayedEntries, type RelayedEntries } from '../../../../src/main/monitor/relay/relayed-entries'
import type { ExtensionEntry, RelayedCall } from '../../../../src/main/relay-protocol/relay-entries'
import { relayedCall } from '../../../helpers/fake-relay'

const entry = (revision: number, calls: RelayedCall[], epoch = 'epoch-1'): ExtensionEntry => ({
  v: 1,
  epoch,
  revision,
  calls,
  missed: [],
})

/** Every snapshot the watcher would be given from now, as `callId:state` lists. */
function snapshots(entries: RelayedEntries): string[] {
  const seen: string[] = []
  for (;;) {
    const next = entries.next()
    seen.push(next.calls.map((call) => `${call.callId}:${call.state}`).join())
    if (!next.more) return seen
  }
}

describe('the relayed calls a desk holds', () => {
  it('gives the watcher a full read as one snapshot, never some extensions new and others old', () => {
    const entries = createRelayedEntries()
    entries.startEpoch('epoch-1')
    entries.replace([
      { extension: '100', entry: entry(1, [relayedCall('a', '100', 'ringing')]) },
      { extension: '200', entry: entry(1, [relayedCall('b', '200', 'ringing')]) },
    ])
    expect(snapshots(entries)).toEqual(['a:ringing,b:ringing'])

    // Read again: 100's call was answered and ended meanwhile, 300 rings; 200 is no longer listed.
    entries.replace(
      [
        { extension: '100', entry: entry(3, []) },
        { extension: '300', entry: entry(1, [relayedCall('c', '300', 'ringing')]) },
      ],
      { complete: true },
    )
    expect(entries.extensions().sort()).toEqual(['100', '300'])
    expect(snapshots(entries)).toEqual(['a:on_call,b:on_call', 'c:ringing'])
  })

  it('keeps an entry newer than the one a slow read brings, in the same epoch only', () => {
    const entries = createRelayedEntries()
    entries.startEpoch('epoch-1')
    entries.replace([{ extension: '100', entry: entry(5, [relayedCall('new', '100', 'ringing')]) }])
    entries.replace([{ extension: '100', entry: entry(3, [relayedCall('old', '100', 'ringing')]) }])
    expect(entries.revisionOf('100')).toBe(5)
    expect(snapshots(entries)).toEqual(['new:ringing'])

    entries.startEpoch('epoch-2')
    entries.replace([{ extension: '100', entry: entry(1, [], 'epoch-2') }])
    expect(entries.revisionOf('100')).toBe(1)
  })

  it('goes on from what the watcher polled itself when the relay serves again, not from what was queued before', () => {
    const entries = createRelayedEntries()
    entries.startEpoch('epoch-1')
    entries.replace([
      { extension: '100', entry: entry(2, [relayedCall('x', '100', 'ringing'), relayedCall('z', '100', 'ringing')]) },
    ])
    expect(snapshots(entries)).toEqual(['x:ringing,z:ringing'])

    // Back from polling Tel4vn itself (x on call, y ringing; z answered and gone): the relay says the same.
    entries.replace([
      { extension: '100', entry: entry(6, [relayedCall('x', '100', 'on_call'), relayedCall('y', '100', 'ringing')]) },
    ])
    entries.handOver([relayedCall('x', '100', 'on_call'), relayedCall('y', '100', 'ringing')])
    expect(snapshots(entries)).toEqual(['x:on_call,y:ringing'])
  })

  it('passes a call the watcher polled ringing through "on call" when the relay has it gone and not missed', () => {
    const entries = createRelayedEntries()
    entries.startEpoch('epoch-1')
    entries.replace([{ extension: '100', entry: entry(4, [relayedCall('x', '100', 'on_call')]) }])
    entries.handOver([relayedCall('x', '100', 'on_call'), relayedCall('y', '100', 'ringing')])
    expect(snapshots(entries)).toEqual(['x:on_call,y:on_call', 'x:on_call'])
  })
})
