import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ids } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { PresencePanel } from './PresencePanel'

describe('agent presence on the Live screen', () => {
  it('shows nothing when no account reports presence', () => {
    const { container } = renderWithServices(<PresencePanel counts={[]} changes={[]} />)
    expect(container.textContent).toBe('')
  })

  it('counts who is reachable per account and lists changes in words', () => {
    renderWithServices(
      <PresencePanel
        counts={[{ accountId: ids.alohub, accountLabel: 'Sài Gòn sales', online: 12, total: 40 }]}
        changes={[
          {
            accountId: ids.alohub,
            accountLabel: 'Sài Gòn sales',
            agentId: '082018',
            name: 'dung.pham',
            from: 'available',
            to: 'logged out',
            at: '2026-03-10T09:12:00.000Z',
          },
          {
            accountId: ids.voipbin,
            accountLabel: 'VoIPbin desk',
            agentId: 'a-2',
            name: 'Trần Thị Lan',
            from: null,
            to: 'on break',
            at: '2026-03-10T09:13:00.000Z',
          },
        ]}
      />,
    )
    expect(screen.getByRole('heading', { name: 'Agent presence' })).toBeDefined()
    expect(screen.getByText('12 of 40').closest('li')?.textContent).toContain('reachable · Sài Gòn sales')
    const changes = within(screen.getByRole('list', { name: 'Presence changes' })).getAllByRole('listitem')
    expect(changes[0]?.textContent).toContain('dung.pham available → logged out')
    // A status the app has no words for is shown as the provider gave it.
    expect(changes[1]?.textContent).toContain('Trần Thị Lan on break')
  })
})
