import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { ipcFailure } from '../../test-support/fake-client'
import { accountOf, accountView, ids, monitorStatus } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { AccountCard } from './AccountCard'

/** The card's facts as term → description, as a person reads the list. */
function facts(): Record<string, string | undefined> {
  const terms = screen.getAllByRole('term')
  return Object.fromEntries(terms.map((term) => [term.textContent, term.nextElementSibling?.textContent.trim()]))
}

const card = (account = accountView(), monitor?: Parameters<typeof AccountCard>[0]['monitor']) => (
  <ul>
    <AccountCard account={account} monitor={monitor} onEdit={() => undefined} />
  </ul>
)

describe('an account card', () => {
  it('shows the connection health of a monitored account, failing with the last error in words', () => {
    renderWithServices(
      card(
        accountView(),
        monitorStatus({
          state: 'error',
          failingSince: '2026-03-10T09:12:00.000Z',
          problem: { code: 'problems:monitor.noAnswerWithin', params: { seconds: 20 } },
        }),
      ),
    )
    expect(facts().Connection).toMatch(/^Failing since \d{1,2}:\d{2}.*: No answer within 20 s\.$/)
  })

  it('says a monitored account is connected by live push', () => {
    renderWithServices(card(accountView(), monitorStatus({ state: 'ok', push: 'connected' })))
    expect(facts().Connection).toBe('Connected · live push · checked every 2 s')
  })

  it('says what the account is, how it is watched and whether its key is set', () => {
    renderWithServices(
      card(
        accountView({
          tenantId: '20260310',
          role: { kind: 'agent', extension: '082018' },
          polling: { enabled: true, intervalSeconds: 5 },
        }),
      ),
    )
    expect(screen.getByRole('listitem', { name: 'Sài Gòn sales' })).toBeDefined()
    expect(screen.getByText('AloHub')).toBeDefined()
    expect(facts()).toMatchObject({
      Address: 'https://xapi.alohub.vn',
      Tenant: '20260310',
      Role: 'Agent, extension 082018',
      Monitor: 'Every 5 s',
      Key: 'Saved in the keychain',
    })
  })

  it('says when the key is missing, and does not offer a test without it', () => {
    renderWithServices(card(accountView({ hasSecret: false, polling: { enabled: false, intervalSeconds: null } })))
    expect(facts()).toMatchObject({ Monitor: 'Off', Key: 'Not set: edit the account to add it' })
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Test connection' }).disabled).toBe(true)
  })

  it('names Tel4vn’s way in and VoIPbin’s customer id', () => {
    renderWithServices(
      <ul>
        <AccountCard
          account={accountOf('tel4vn', { label: 'Tel', tel4vnSignIn: 'key_exchange' })}
          onEdit={() => undefined}
        />
        <AccountCard
          account={accountOf('voipbin', { label: 'Vb', voipbinCustomerId: 'cust-42' })}
          onEdit={() => undefined}
        />
      </ul>,
    )
    const tel = within(screen.getByRole('listitem', { name: 'Tel' }))
    expect(tel.getByText('Sign in')).toBeDefined()
    expect(tel.getByText('API key exchanged for tokens')).toBeDefined()
    const voipbin = within(screen.getByRole('listitem', { name: 'Vb' }))
    expect(voipbin.getByText('Customer id')).toBeDefined()
    expect(voipbin.getByText('cust-42')).toBeDefined()
  })

  it('tests the stored account with its sign-in way and customer id, and shows the outcome', async () => {
    const account = accountOf('tel4vn', { label: 'Tel', tel4vnSignIn: 'key_exchange' })
    const { user, client } = renderWithServices(card(account), {
      answers: {
        'accounts.test': {
          ok: false,
          outcome: 'key_rejected',
          problem: { code: 'problems:connection.keyRejected', params: { providerId: 'tel4vn' } },
          detail: {
            code: 'problems:http.auth',
            params: { providerId: 'tel4vn', http: 'HTTP 401', said: 'invalid api_key' },
          },
        },
      },
    })
    await user.click(screen.getByRole('button', { name: 'Test connection' }))
    const result = await screen.findByRole('status')
    expect(result.textContent).toContain('Tel4vn rejected the key. Check that it was copied whole and is still valid.')
    expect(result.textContent).toContain('Tel4vn rejected the credentials (HTTP 401): invalid api_key.')
    expect(within(result).getByText('What the server said')).toBeDefined()
    expect(client.requestsTo('accounts.test')).toEqual([
      {
        draft: {
          provider: 'tel4vn',
          label: 'Tel',
          baseUrl: 'https://tel4vn.example.vn',
          tenantId: null,
          role: { kind: 'supervisor' },
          polling: { enabled: true, intervalSeconds: null },
          tel4vnSignIn: 'key_exchange',
        },
        accountId: ids.tel4vn,
      },
    ])
  })

  it('removes only after a second, explicit yes', async () => {
    const { user, client } = renderWithServices(card(), { answers: { 'accounts.remove': { removed: true } } })
    await user.click(screen.getByRole('button', { name: 'Remove…' }))
    const confirm = within(screen.getByRole('group', { name: 'Confirm removal' }))
    expect(confirm.getByText('Remove it and delete its key from the keychain?')).toBeDefined()
    await user.click(confirm.getByRole('button', { name: 'Keep' }))
    expect(client.requestsTo('accounts.remove')).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Remove…' }))
    await user.click(screen.getByRole('button', { name: 'Remove' }))
    expect(client.requestsTo('accounts.remove')).toEqual([{ id: ids.alohub }])
  })

  it('says why a removal failed', async () => {
    const { user } = renderWithServices(card(), {
      answers: {
        'accounts.remove': () => {
          throw ipcFailure({
            kind: 'not_allowed',
            problem: { code: 'problems:keychain.linux', params: { detail: 'The keychain is locked' } },
          })
        },
      },
    })
    await user.click(screen.getByRole('button', { name: 'Remove…' }))
    await user.click(screen.getByRole('button', { name: 'Remove' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The system keychain is not available (The keychain is locked).',
    )
  })

  it('opens the editor on Edit', async () => {
    const onEdit = vi.fn()
    const { user } = renderWithServices(
      <ul>
        <AccountCard account={accountView()} onEdit={onEdit} />
      </ul>,
    )
    await user.click(screen.getByRole('button', { name: 'Edit' }))
    expect(onEdit).toHaveBeenCalledOnce()
  })

  it('offers neither edit nor removal for a demo account, whose key lives in memory', () => {
    renderWithServices(card(accountView({ demo: true })))
    expect(screen.getByText('Demo')).toBeDefined()
    expect(facts()).toMatchObject({ Key: 'Built-in demo key, kept in memory only' })
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Remove…' })).toBeNull()
  })

  it('shows how the monitor reaches a VoIPbin account, and why push is off', () => {
    const account = accountOf('voipbin', { label: 'Vb' })
    renderWithServices(
      card(
        account,
        monitorStatus({
          accountId: ids.voipbin,
          provider: 'voipbin',
          push: 'down',
          pushReason: 'refused',
          pollSeconds: 2,
        }),
      ),
    )
    expect(facts()['Live push']).toBe(
      'Live push is off: VoIPbin refused the token for push. Polling every 2 s; trying again.',
    )
  })
})
