import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { ipcFailure, type FakeAnswers } from '../test-support/fake-client'
import { accountView, ids, liveState } from '../test-support/fixtures'
import { renderWithServices } from '../test-support/render'

import { AccountsScreen } from './AccountsScreen'

const noDemo = { active: false, starting: false, error: undefined, start: () => undefined }
const withAccounts = (accounts: ReturnType<typeof accountView>[]): FakeAnswers => ({
  'accounts.list': accounts,
  'live.getState': liveState(),
})

describe('the Accounts screen', () => {
  it('offers to add an account or try the demo when there is none', async () => {
    const start = vi.fn()
    const { user } = renderWithServices(<AccountsScreen demo={{ ...noDemo, start }} />, {
      answers: withAccounts([]),
    })
    expect(await screen.findByRole('heading', { name: 'No accounts connected' })).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Try the demo workspace' }))
    expect(start).toHaveBeenCalledOnce()
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(screen.getByRole('form', { name: 'Add account' })).toBeDefined()
  })

  it('lists the accounts and keeps the list current as it changes elsewhere', async () => {
    const { client } = renderWithServices(<AccountsScreen demo={noDemo} />, {
      answers: withAccounts([accountView({ label: 'Sài Gòn sales' })]),
    })
    expect(await screen.findByRole('listitem', { name: 'Sài Gòn sales' })).toBeDefined()
    await client.emit('accounts.changed', [
      accountView({ label: 'Sài Gòn sales' }),
      accountView({ id: ids.tel4vn, provider: 'tel4vn', label: 'Hà Nội support' }),
    ])
    expect(screen.getByRole('listitem', { name: 'Hà Nội support' })).toBeDefined()
  })

  it('opens an account’s editor in its place, and closes it on Cancel', async () => {
    const { user } = renderWithServices(<AccountsScreen demo={noDemo} />, {
      answers: withAccounts([accountView({ label: 'Sài Gòn sales' })]),
    })
    const card = await screen.findByRole('listitem', { name: 'Sài Gòn sales' })
    await user.click(within(card).getByRole('button', { name: 'Edit' }))
    const form = screen.getByRole('form', { name: 'Edit Sài Gòn sales' })
    await user.click(within(form).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('form', { name: 'Edit Sài Gòn sales' })).toBeNull()
    expect(screen.getByRole('listitem', { name: 'Sài Gòn sales' })).toBeDefined()
  })

  it('says so when the list cannot be read', async () => {
    renderWithServices(<AccountsScreen demo={noDemo} />, {
      answers: {
        'live.getState': liveState(),
        'accounts.list': () => {
          throw ipcFailure({
            kind: 'internal',
            problem: { code: 'problems:unexpected', params: { detail: 'The settings file could not be read.' } },
          })
        },
      },
    })
    expect((await screen.findByRole('alert')).textContent).toContain('The settings file could not be read.')
  })
})
