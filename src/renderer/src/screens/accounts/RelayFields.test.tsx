import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { FakeAnswers } from '../../test-support/fake-client'
import { accountView, ids } from '../../test-support/fixtures'
import { fillIn } from '../../test-support/forms'
import { renderWithServices } from '../../test-support/render'

import { AccountForm } from './AccountForm'

const answers: FakeAnswers = {
  'accounts.create': ({ draft }) => accountView({ ...draft, id: ids.alohub, hasSecret: true }),
  'accounts.update': ({ id, draft }) => accountView({ ...draft, id, hasSecret: true }),
}

const relayed = async (user: ReturnType<typeof renderWithServices>['user']) => {
  await user.selectOptions(screen.getByLabelText('Provider'), 'Tel4vn')
  await fillIn(user, { Name: 'Relayed desk', 'Base URL': 'https://tel4vn.example.vn', Token: 'tel4vn-token-1' })
  await user.click(screen.getByLabelText('Connect through the team relay'))
}

describe('the team relay section of a Tel4vn account', () => {
  it('refuses a ws:// address by name, keeps everything typed, then sends the relay and its password apart', async () => {
    const onDone = vi.fn()
    const { user, client } = renderWithServices(<AccountForm onDone={onDone} />, { answers })
    await relayed(user)
    await fillIn(user, {
      'Relay address': 'ws://relay.example.com:8080',
      'Tenant id': 'Sales HCM',
      'Your NATS user name': 'desk-100',
      'Your NATS password': 'nats-secret-100',
    })
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(screen.getByText('Use nats:// or tls:// (ws:// is not a NATS address AgentDesk connects to)')).toBeDefined()
    expect(
      screen.getByText('Use lower-case letters, digits, - and _ only, starting with a letter or digit'),
    ).toBeDefined()
    expect(client.calls).toEqual([])
    // Nothing typed is lost to the refusal.
    expect(screen.getByLabelText<HTMLInputElement>('Your NATS user name').value).toBe('desk-100')
    expect(screen.getByLabelText<HTMLInputElement>('Your NATS password').value).toBe('nats-secret-100')

    await user.clear(screen.getByLabelText('Relay address'))
    await user.type(screen.getByLabelText('Relay address'), 'tls://relay.example.com:4222')
    await user.clear(screen.getByLabelText('Tenant id'))
    await user.type(screen.getByLabelText('Tenant id'), 'sales-hcm')
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    const [sent] = client.requestsTo('accounts.create')
    expect(sent?.draft.relay).toEqual({ url: 'tls://relay.example.com:4222', tenant: 'sales-hcm', user: 'desk-100' })
    expect(sent?.relayPassword).toBe('nats-secret-100')
    expect(JSON.stringify(sent?.draft)).not.toContain('nats-secret-100')
    expect(onDone).toHaveBeenCalledOnce()
  })

  it('asks for the password of a new relay, and keeps the fields typed while unticked', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await relayed(user)
    await fillIn(user, {
      'Relay address': 'nats://relay.example.com:4222',
      'Tenant id': 't1',
      'Your NATS user name': 'desk-100',
    })
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(screen.getByText('Enter your NATS password')).toBeDefined()
    expect(client.calls).toEqual([])
    await user.click(screen.getByLabelText('Connect through the team relay'))
    await user.click(screen.getByLabelText('Connect through the team relay'))
    expect(screen.getByLabelText<HTMLInputElement>('Relay address').value).toBe('nats://relay.example.com:4222')
  })

  it('keeps a stored password when editing, and sends none', async () => {
    const account = accountView({
      id: ids.alohub,
      provider: 'tel4vn',
      label: 'Relayed desk',
      baseUrl: 'https://tel4vn.example.vn',
      tel4vnSignIn: 'token',
      relay: { url: 'nats://relay.example.com:4222', tenant: 't1', user: 'desk-100' },
      hasRelayPassword: true,
      hasSecret: true,
    })
    const { user, client } = renderWithServices(<AccountForm account={account} onDone={() => undefined} />, {
      answers,
    })
    expect(screen.getByLabelText<HTMLInputElement>('Your NATS password').placeholder).toBe(
      'Saved in the keychain; leave empty to keep it',
    )
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const [sent] = client.requestsTo('accounts.update')
    expect(sent?.draft.relay).toEqual({ url: 'nats://relay.example.com:4222', tenant: 't1', user: 'desk-100' })
    expect(sent && 'relayPassword' in sent).toBe(false)
  })
})

describe('the team relay section of an AloHub account', () => {
  const hint = /asks AloHub once for everyone/

  it('is offered to a supervisor, with its own words, and sends the relay', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await fillIn(user, { Name: 'Sài Gòn board', 'API key': 'alohub-key-1' })
    expect(screen.getByText(hint)).toBeDefined()
    await user.click(screen.getByLabelText('Connect through the team relay'))
    await fillIn(user, {
      'Relay address': 'nats://relay.example.com:4222',
      // Not AloHub's own tenant id, a field above it.
      'Relay tenant id': 't1',
      'Your NATS user name': 'boss',
      'Your NATS password': 'nats-secret-boss',
    })
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    const [sent] = client.requestsTo('accounts.create')
    expect(sent?.draft.relay).toEqual({ url: 'nats://relay.example.com:4222', tenant: 't1', user: 'boss' })
    expect(sent?.relayPassword).toBe('nats-secret-boss')
  })

  it('is not offered to an agent, and ticked before the switch to agent it says why and sends nothing', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await fillIn(user, { Name: 'Me', 'API key': 'alohub-key-1' })
    await user.click(screen.getByLabelText('Agent: only calls for my extension'))
    await user.type(screen.getByLabelText('My extension or agent id'), '082018')
    expect(screen.queryByLabelText('Connect through the team relay')).toBeNull()

    await user.click(screen.getByLabelText('Supervisor: watch queues and agents'))
    await user.click(screen.getByLabelText('Connect through the team relay'))
    await user.click(screen.getByLabelText('Agent: only calls for my extension'))
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(screen.getByText(/AloHub accounts connect through the team relay only as supervisors/)).toBeDefined()
    expect(client.calls).toEqual([])
    // Unticked, the agent account goes as it is, without a relay.
    await user.click(screen.getByLabelText('Connect through the team relay'))
    expect(screen.queryByLabelText('Connect through the team relay')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    const [sent] = client.requestsTo('accounts.create')
    expect(sent?.draft).toMatchObject({ role: { kind: 'agent', extension: '082018' }, relay: null })
  })
})
