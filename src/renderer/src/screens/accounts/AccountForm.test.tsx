import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { AccountDraft } from '../../../../shared/domain/accounts'
import { ipcFailure, type FakeAnswers } from '../../test-support/fake-client'
import { accountDraft, accountOf, accountView, ids } from '../../test-support/fixtures'
import { fillIn, valuesOf } from '../../test-support/forms'
import { renderWithServices } from '../../test-support/render'

import { AccountForm } from './AccountForm'

/** The services take any valid draft and answer with the account as stored. */
const answers: FakeAnswers = {
  'accounts.create': ({ draft }) => accountView({ ...draft, id: ids.alohub, hasSecret: true }),
  'accounts.update': ({ id, draft }) => accountView({ ...draft, id, hasSecret: true }),
  'accounts.test': {
    ok: true,
    outcome: 'connected',
    problem: { code: 'problems:connection.alohubConnected', params: { count: 120 } },
  },
}

/** A Tel4vn account's draft, signed in one way or the other. */
const tel4vnDraft = (tel4vnSignIn: AccountDraft['tel4vnSignIn']) =>
  accountDraft({
    provider: 'tel4vn',
    label: 'Hà Nội support',
    baseUrl: 'https://tel4vn.example.vn',
    tel4vnSignIn,
    screenPop: null,
    relay: null,
  })

describe('adding an account', () => {
  it('sends the AloHub account as typed, with its key, and closes', async () => {
    const onDone = vi.fn()
    const { user, client } = renderWithServices(<AccountForm onDone={onDone} />, { answers })
    expect(screen.getByLabelText<HTMLInputElement>('Base URL').value).toBe('https://xapi.alohub.vn')
    await fillIn(user, { Name: 'Sài Gòn sales', 'Tenant id': '20260310', 'API key': 'alohub-key-1' })
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(client.requestsTo('accounts.create')).toEqual([
      { draft: accountDraft({ tenantId: '20260310' }), secret: 'alohub-key-1' },
    ])
    expect(onDone).toHaveBeenCalledOnce()
  })

  it('says what is missing beside each field and sends nothing', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    const name = screen.getByLabelText('Name')
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Give the account a name',
    )
    expect(screen.getByText('Enter the API key')).toBeDefined()
    expect(client.calls).toEqual([])
  })

  it('offers AloHub’s documented addresses', async () => {
    const { user } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await user.click(screen.getByRole('button', { name: 'Development' }))
    expect(screen.getByLabelText<HTMLInputElement>('Base URL').value).toBe('https://xapi-dev.alohub.vn')
  })

  it('sends an agent’s extension and a polling interval', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await user.type(screen.getByLabelText('Name'), 'Me')
    await user.click(screen.getByLabelText('Agent: only calls for my extension'))
    await user.type(screen.getByLabelText('My extension or agent id'), '082018')
    await user.type(screen.getByLabelText('every'), '5')
    await user.type(screen.getByLabelText('API key'), 'k')
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    const [sent] = client.requestsTo('accounts.create')
    expect(sent?.draft.role).toEqual({ kind: 'agent', extension: '082018' })
    expect(sent?.draft.polling).toEqual({ enabled: true, intervalSeconds: 5 })
  })

  it('keeps everything typed when the services refuse, and says why', async () => {
    const { user } = renderWithServices(<AccountForm onDone={() => undefined} />, {
      answers: {
        'accounts.create': () => {
          throw ipcFailure({
            kind: 'not_allowed',
            problem: { code: 'problems:keychain.linux', params: { detail: 'The keychain is locked' } },
          })
        },
      },
    })
    await fillIn(user, { Name: 'Sài Gòn sales', 'API key': 'k' })
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The system keychain is not available (The keychain is locked).',
    )
    expect(valuesOf('Name', 'API key')).toEqual({ Name: 'Sài Gòn sales', 'API key': 'k' })
  })

  it('tests the connection with the draft and the key, and shows the outcome', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await fillIn(user, { Name: 'Sài Gòn sales', 'API key': 'alohub-key-1' })
    await user.click(screen.getByRole('button', { name: 'Test connection' }))
    expect((await screen.findByRole('status')).textContent).toContain('Connected to AloHub: 120 agents visible.')
    expect(client.requestsTo('accounts.test')).toEqual([{ draft: accountDraft(), secret: 'alohub-key-1' }])
    expect(client.requestsTo('accounts.create')).toEqual([])
  })
})

describe('Tel4vn’s way in', () => {
  const chooseTel4vn = async (user: ReturnType<typeof renderWithServices>['user']) => {
    await user.selectOptions(screen.getByLabelText('Provider'), 'Tel4vn')
    await user.type(screen.getByLabelText('Name'), 'Hà Nội support')
    await user.type(screen.getByLabelText('Base URL'), 'https://tel4vn.example.vn')
  }

  it('is the document’s token unless the user chooses otherwise', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await chooseTel4vn(user)
    const group = screen.getByRole('radiogroup', { name: 'Sign in with' })
    expect(group).toBeDefined()
    expect(screen.getByLabelText<HTMLInputElement>("A token (as Tel4vn's API document shows)").checked).toBe(true)
    await user.type(screen.getByLabelText('Token'), 'tel4vn-token')
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(client.requestsTo('accounts.create')).toEqual([{ draft: tel4vnDraft('token'), secret: 'tel4vn-token' }])
  })

  it('asks for an API key, and sends the choice, when the key exchange is chosen', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await chooseTel4vn(user)
    await user.click(screen.getByLabelText("An API key exchanged for tokens (Tel4vn's public docs)"))
    expect(screen.queryByLabelText('Token')).toBeNull()
    await user.type(screen.getByLabelText('API key'), 'tel4vn-api-key')
    expect(screen.getByText(/Sent only to POST \/v1\/auth\/token, as api_key/)).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    const [sent] = client.requestsTo('accounts.create')
    expect(sent?.draft.tel4vnSignIn).toBe('key_exchange')
    expect(sent?.secret).toBe('tel4vn-api-key')
  })

  it('wants the new secret when an account changes its way in', async () => {
    const account = accountOf('tel4vn', { tel4vnSignIn: 'token' })
    const { user, client } = renderWithServices(<AccountForm account={account} onDone={() => undefined} />, {
      answers,
    })
    expect(screen.getByLabelText<HTMLSelectElement>('Provider').disabled).toBe(true)
    await user.click(screen.getByLabelText("An API key exchanged for tokens (Tel4vn's public docs)"))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(
      screen.getByText('A token and an API key are different secrets: enter the one for the new way in.'),
    ).toBeDefined()
    expect(client.requestsTo('accounts.update')).toEqual([])
    await user.type(screen.getByLabelText('API key'), 'tel4vn-api-key')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(client.requestsTo('accounts.update')).toEqual([
      { id: ids.tel4vn, draft: tel4vnDraft('key_exchange'), secret: 'tel4vn-api-key' },
    ])
  })
})

describe('VoIPbin’s customer id', () => {
  const startVoipbin = async (user: ReturnType<typeof renderWithServices>['user']) => {
    await user.selectOptions(screen.getByLabelText('Provider'), 'VoIPbin')
    expect(screen.getByLabelText<HTMLInputElement>('Base URL').value).toBe('https://api.voipbin.net/v1.0')
    await user.type(screen.getByLabelText('Name'), 'VoIPbin desk')
    await user.type(screen.getByLabelText('Access token'), 'vb-token')
  }
  const draftSent = (client: ReturnType<typeof renderWithServices>['client']): AccountDraft | undefined =>
    client.requestsTo('accounts.create')[0]?.draft

  it('is sent trimmed when given', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await startVoipbin(user)
    await user.type(screen.getByLabelText('Customer id'), ' cust-42 ')
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(draftSent(client)).toMatchObject({ provider: 'voipbin', voipbinCustomerId: 'cust-42' })
  })

  it('is sent as none when left empty: the token may name the customer', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await startVoipbin(user)
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(draftSent(client)).toMatchObject({ provider: 'voipbin', voipbinCustomerId: null })
  })

  it('is refused with the reason when it holds other characters', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await startVoipbin(user)
    const field = screen.getByLabelText('Customer id')
    await user.type(field, 'cust 42')
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Use letters, digits, - and _ only')).toBeDefined()
    expect(client.requestsTo('accounts.create')).toEqual([])
  })

  it('is not asked of other providers', () => {
    renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    expect(screen.queryByLabelText('Customer id')).toBeNull()
    expect(screen.queryByRole('radiogroup', { name: 'Sign in with' })).toBeNull()
  })
})

describe('editing an account', () => {
  it('keeps the stored key when the key field is left empty', async () => {
    const account = accountView({ label: 'Sài Gòn sales' })
    const onDone = vi.fn()
    const { user, client } = renderWithServices(<AccountForm account={account} onDone={onDone} />, { answers })
    expect(screen.getByRole('form', { name: 'Edit Sài Gòn sales' })).toBeDefined()
    expect(screen.getByLabelText('API key').getAttribute('placeholder')).toBe('Saved in the keychain; type to replace')
    const name = screen.getByLabelText('Name')
    await user.clear(name)
    await user.type(name, 'Sài Gòn sales 2')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const [sent] = client.requestsTo('accounts.update')
    expect(sent).toEqual({ id: account.id, draft: accountDraft({ label: 'Sài Gòn sales 2' }) })
    expect(onDone).toHaveBeenCalledOnce()
  })
})

describe('an empty key field', () => {
  it.each([
    ['Tel4vn', 'Token', 'Enter the token'],
    ['VoIPbin', 'Access token', 'Enter the access token'],
    ['AloHub', 'API key', 'Enter the API key'],
  ])('on %s asks for the field by its own name (%s)', async (provider, field, words) => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await user.selectOptions(screen.getByLabelText('Provider'), provider)
    await user.type(screen.getByLabelText('Name'), 'Hotline')
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    const input = screen.getByLabelText(field)
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(words)).toBeDefined()
    if (field !== 'API key') expect(screen.queryByText('Enter the API key')).toBeNull()
    expect(client.requestsTo('accounts.create')).toEqual([])
  })
})
