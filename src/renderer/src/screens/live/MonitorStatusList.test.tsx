import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ids, monitorStatus } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { formatHourMinute } from './format'
import { MonitorStatusList } from './MonitorStatusList'

const lineOf = (label: string) => {
  const item = screen.getByText(label).closest('li')
  if (!item) throw new Error(`No monitor line for ${label}`)
  return item
}
const itemOf = (label: string) => within(lineOf(label))

describe('the monitored accounts on the Live screen', () => {
  it('names each account and whether it is watched', () => {
    renderWithServices(
      <MonitorStatusList
        monitors={[
          monitorStatus({ accountLabel: 'Hà Nội support', state: 'ok' }),
          monitorStatus({
            accountId: ids.alohub,
            accountLabel: 'Sài Gòn sales',
            state: 'error',
            problem: {
              code: 'problems:http.auth',
              params: { providerId: 'alohub', account: 'Sài Gòn sales', http: 'HTTP 401' },
            },
          }),
          monitorStatus({ accountId: ids.agenthub, accountLabel: 'Bots', state: 'paused' }),
        ]}
      />,
    )
    expect(screen.getByRole('list', { name: 'Monitored accounts' })).toBeDefined()
    expect(itemOf('Hà Nội support').getByText('Watching')).toBeDefined()
    expect(itemOf('Sài Gòn sales').getByText('Problem')).toBeDefined()
    expect(itemOf('Sài Gòn sales').getByText('AloHub rejected the credentials (HTTP 401).')).toBeDefined()
    expect(itemOf('Bots').getByText('Paused')).toBeDefined()
  })

  it('says since when a failing account fails, as the tray does', () => {
    const failingSince = '2026-03-10T09:12:00.000Z'
    renderWithServices(
      <MonitorStatusList monitors={[monitorStatus({ accountLabel: 'Hotline', state: 'error', failingSince })]} />,
    )
    expect(itemOf('Hotline').getByText(`Failing since ${formatHourMinute(failingSince)}`)).toBeDefined()
  })

  it('says from when calls may be missed while a ring watcher is blind', () => {
    const blindSince = '2026-03-10T09:12:00.000Z'
    renderWithServices(<MonitorStatusList monitors={[monitorStatus({ state: 'error', blindSince })]} />)
    expect(
      itemOf('Hà Nội support').getByText(`Calls may be missed since ${formatHourMinute(blindSince)}`),
    ).toBeDefined()
  })

  it('says nothing of missed calls while the watcher sees', () => {
    renderWithServices(<MonitorStatusList monitors={[monitorStatus()]} />)
    expect(screen.queryByText(/Calls may be missed/)).toBeNull()
  })

  it('explains why live push is off and how often the account is polled meanwhile', () => {
    renderWithServices(
      <MonitorStatusList
        monitors={[
          monitorStatus({
            accountId: ids.voipbin,
            accountLabel: 'VoIPbin desk',
            provider: 'voipbin',
            push: 'down',
            pushReason: 'no_customer_id',
            pollSeconds: 2,
          }),
        ]}
      />,
    )
    // Push that never starts is not "down": the account is simply polled.
    expect(lineOf('VoIPbin desk').textContent).toContain('Watching · polling only')
    expect(
      itemOf('VoIPbin desk').getByText(
        'Live push is off: the token does not name a customer (an access key). Polling every 2 s. Add the customer id to the account to turn push on.',
      ),
    ).toBeDefined()
  })

  it('says push dropped, and that polling goes on until it is back', () => {
    renderWithServices(
      <MonitorStatusList
        monitors={[monitorStatus({ provider: 'voipbin', push: 'down', pushReason: 'dropped', pollSeconds: 3 })]}
      />,
    )
    expect(lineOf('Hà Nội support').textContent).toContain('Watching · polling (push down)')
    expect(itemOf('Hà Nội support').getByText('Live push dropped. Polling every 3 s until it is back.')).toBeDefined()
  })

  it('shows the live push channel when it is connected, without a note', () => {
    renderWithServices(<MonitorStatusList monitors={[monitorStatus({ provider: 'voipbin', push: 'connected' })]} />)
    expect(lineOf('Hà Nội support').textContent).toContain('Watching · live push')
    expect(screen.queryByText(/Live push is off/)).toBeNull()
  })

  it('leaves the channel out while the account is paused', () => {
    renderWithServices(
      <MonitorStatusList
        monitors={[monitorStatus({ provider: 'voipbin', state: 'paused', push: 'down', pushReason: 'unreachable' })]}
      />,
    )
    expect(itemOf('Hà Nội support').getByText('Paused')).toBeDefined()
    expect(screen.queryByText(/polling/)).toBeNull()
    expect(screen.queryByText(/Live push could not connect/)).toBeNull()
  })
})
