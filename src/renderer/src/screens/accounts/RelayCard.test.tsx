import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { accountOf, monitorStatus } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'
import { formatHourMinute } from '../live/format'

import { AccountCard } from './AccountCard'

const relay = { url: 'tls://relay.example.com:4222', tenant: 'sales-hcm', user: 'desk-100' }

/** The card's facts as term → description, as a person reads the list. */
function facts(): Record<string, string | undefined> {
  const terms = screen.getAllByRole('term')
  return Object.fromEntries(terms.map((term) => [term.textContent, term.nextElementSibling?.textContent.trim()]))
}

const card = (
  account = accountOf('tel4vn', { relay, hasRelayPassword: true }),
  monitor?: Parameters<typeof AccountCard>[0]['monitor'],
) => (
  <ul>
    <AccountCard account={account} monitor={monitor} onEdit={() => undefined} />
  </ul>
)

describe('the card of an account that connects through the team relay', () => {
  it('says where the relay is, the tenant and the user, and no channel called live push', () => {
    renderWithServices(card(undefined, monitorStatus({ push: 'connected', channel: 'relay', pollSeconds: 60 })))
    expect(facts()).toMatchObject({
      'Team relay': 'relay.example.com:4222 · tenant\u00a0sales-hcm · user\u00a0desk-100',
      Connection: 'Connected · through the team relay',
    })
    expect(facts()['Live push']).toBeUndefined()
  })

  it('says the NATS password is missing, never what it is', () => {
    renderWithServices(card(accountOf('tel4vn', { relay, hasRelayPassword: false })))
    expect(facts()['Team relay']).toBe(
      'relay.example.com:4222 · tenant\u00a0sales-hcm · user\u00a0desk-100 NATS password not set: edit the account to add it',
    )
  })

  it('says the relay is out of reach since when, and what the desk can do', () => {
    renderWithServices(
      card(
        undefined,
        monitorStatus({
          state: 'error',
          push: 'down',
          channel: 'relay',
          pushReason: 'relay_unreachable',
          failingSince: '2026-03-10T09:12:00.000Z',
          problem: { code: 'problems:relay.unreachable', params: { url: relay.url } },
        }),
      ),
    )
    expect(facts().Connection).toBe(
      `Team relay unreachable since ${formatHourMinute('2026-03-10T09:12:00.000Z')} — calls may be missed`,
    )
    expect(facts()['Team relay']).toMatch(/Ask your administrator whether the relay is running/)
  })

  it('leaves the relay out of an account that polls Tel4vn itself', () => {
    renderWithServices(card(accountOf('tel4vn'), monitorStatus()))
    expect(facts()['Team relay']).toBeUndefined()
  })
})
