import { describe, expect, it } from 'vitest'

import { watchConnectivity } from '../../../src/main/monitor/connectivity-watch'
import { manualClock } from '../../helpers/manual-clock'

describe('connectivity watch', () => {
  it('reports each flip once and nothing while the answer stays the same', () => {
    const clock = manualClock()
    let online = true
    const changes: boolean[] = []
    const watch = watchConnectivity({ isOnline: () => online, onChange: (now) => changes.push(now), clock })
    clock.advance(20_000)
    online = false
    clock.advance(5_000)
    clock.advance(20_000)
    online = true
    clock.advance(5_000)
    expect(changes).toEqual([false, true])
    watch.dispose()
    online = false
    clock.advance(60_000)
    expect(changes).toEqual([false, true])
    expect(clock.pendingTimers()).toBe(0)
  })

  it('treats a probe that throws as online, so a broken probe never silences the monitor', () => {
    const clock = manualClock()
    const changes: boolean[] = []
    watchConnectivity({
      isOnline: () => {
        throw new Error('no network service')
      },
      onChange: (now) => changes.push(now),
      clock,
    }).dispose()
    expect(changes).toEqual([])
  })
})
