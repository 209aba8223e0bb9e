import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { MonitorStatus } from '../../../../shared/domain/live'
import { monitorStatus } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { formatHourMinute } from './format'
import { MonitorStatusList } from './MonitorStatusList'

const since = '2026-03-10T09:12:00.000Z'
const relaySince = Date.parse('2026-03-10T08:55:00.000Z')

const line = (monitor: MonitorStatus) => {
  renderWithServices(<MonitorStatusList monitors={[monitor]} />)
  const item = screen.getByText('Hà Nội support').closest('li')
  if (!item) throw new Error('no monitor line')
  return { text: item.textContent, item: within(item) }
}

describe('the Live line of an account that listens to the team relay', () => {
  it('says it is watched through the team relay, not by live push', () => {
    const { text } = line(monitorStatus({ push: 'connected', channel: 'relay', pollSeconds: 60 }))
    expect(text).toBe('Hà Nội supportWatching · through the team relay')
  })

  it('says it connects to the relay while it starts', () => {
    const { text } = line(monitorStatus({ state: 'starting', push: 'connecting', channel: 'relay' }))
    expect(text).toBe('Hà Nội supportConnecting… · connecting to the team relay')
  })

  it('says the relay is unreachable since when and that calls may be missed, once', () => {
    const { text, item } = line(
      monitorStatus({
        state: 'error',
        push: 'down',
        channel: 'relay',
        pushReason: 'relay_unreachable',
        failingSince: since,
        blindSince: since,
        problem: { code: 'problems:relay.unreachable', params: { url: 'tls://relay.example.com:4222' } },
      }),
    )
    const time = formatHourMinute(since)
    expect(item.getByText(`Team relay unreachable since ${time} — calls may be missed`)).toBeDefined()
    // Neither the blind warning nor "cannot be reached" again: the line says it.
    expect(text.match(/may be missed/g)).toHaveLength(1)
    expect(text).not.toMatch(/cannot be reached/)
    expect(item.getByText(/Ask your administrator whether the relay is running/)).toBeDefined()
  })

  it('says the desk polls Tel4vn itself while the relay is out of reach, as the admin allows', () => {
    const { text, item } = line(
      monitorStatus({ push: 'down', channel: 'relay', pushReason: 'relay_fallback', pollSeconds: 2 }),
    )
    expect(text).toMatch(/^Hà Nội supportWatching · Team relay unreachable — polling Tel4vn directly every 2 s/)
    expect(item.getByText(/Your administrator lets desks poll Tel4vn themselves \(every 2 s\)/)).toBeDefined()
  })

  it('says the relay cannot reach Tel4vn since the relay’s time, and the relay’s reason', () => {
    const { text, item } = line(
      monitorStatus({
        state: 'error',
        push: 'down',
        channel: 'relay',
        pushReason: 'relay_failing',
        failingSince: since,
        problem: {
          code: 'problems:relay.providerFailing',
          params: { providerId: 'tel4vn', sinceMs: relaySince },
          next: { code: 'problems:tel4vn.tokenRefused' },
        },
      }),
    )
    const time = formatHourMinute(new Date(relaySince).toISOString())
    expect(item.getByText(`The team relay cannot reach Tel4vn since ${time}`)).toBeDefined()
    expect(item.getByText(/^Tel4vn refused the token, or it has expired/)).toBeDefined()
    expect(text.match(/cannot reach Tel4vn/g)).toHaveLength(1)
  })
})
