import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { FakeAnswers } from '../../test-support/fake-client'
import { accountOf, accountView, ids } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { AccountForm } from './AccountForm'

const answers: FakeAnswers = {
  'accounts.create': ({ draft }) => accountView({ ...draft, id: ids.tel4vn, hasSecret: true }),
  'accounts.update': ({ id, draft }) => accountView({ ...draft, id, hasSecret: true }),
}

type User = ReturnType<typeof renderWithServices>['user']

const newTel4vn = async (user: User) => {
  await user.selectOptions(screen.getByLabelText('Provider'), 'Tel4vn')
  await user.type(screen.getByLabelText('Name'), 'Hà Nội support')
  await user.type(screen.getByLabelText('Base URL'), 'https://tel4vn.example.vn')
  await user.type(screen.getByLabelText('Token'), 'tel4vn-token')
}

// user.type reads { as a key descriptor: [ and { are typed doubled.
const typed = (text: string) => text.replace(/[{[]/g, (bracket) => bracket + bracket)

describe('the screen-pop address', () => {
  it('is offered only for the providers that ring', async () => {
    const { user } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    expect(screen.queryByLabelText('Screen pop address')).toBeNull()
    await user.selectOptions(screen.getByLabelText('Provider'), 'VoIPbin')
    expect(screen.getByLabelText('Screen pop address')).toBeDefined()
    expect(screen.getByText(/VoIPbin says only whose phone rings/)).toBeDefined()
  })

  it('shows the address a sample call from the document opens, and sends the template and when to open', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await newTel4vn(user)
    await user.type(
      screen.getByLabelText('Screen pop address'),
      typed('https://crm.example.vn/calls/{call_id}?phone={number}&ext={extension}&dir={direction}&agent={agent}'),
    )
    expect(screen.getByRole('status', { name: 'For a sample call' }).textContent).toBe(
      'https://crm.example.vn/calls/6a65480c-8bc7-4d4a-9aae-4488d67bf711?phone=0899123456&ext=101&dir=outbound&agent=test01',
    )
    await user.click(screen.getByLabelText('As soon as the call rings'))
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    const [sent] = client.requestsTo('accounts.create')
    expect(sent?.draft.screenPop).toEqual({
      template: 'https://crm.example.vn/calls/{call_id}?phone={number}&ext={extension}&dir={direction}&agent={agent}',
      openOn: 'ring',
    })
  })

  it('refuses javascript:, plain http to another host and a placeholder in the host, saying why', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await newTel4vn(user)
    const field = screen.getByLabelText('Screen pop address')
    await user.type(field, typed('javascript:alert({number})'))
    expect(screen.getByRole('status', { name: 'For a sample call' }).textContent).toBe(
      'A sample call would not open: Only https: addresses can open (javascript: cannot)',
    )
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(
      'Only https: addresses can open (javascript: cannot)',
    )
    await user.clear(field)
    await user.type(field, typed('http://crm.example.vn/{number}'))
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(
      'http: is only for this computer (localhost, 127.0.0.1, [::1]); use https: for crm.example.vn',
    )
    await user.clear(field)
    await user.type(field, typed('https://{agent}.crm.example.vn/'))
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(
      'Placeholders go in the path, the query or the fragment, never in the host',
    )
    await user.clear(field)
    await user.type(field, typed('http://localhost:8080/pop?n={number}'))
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(client.requestsTo('accounts.create')).toEqual([])
  })

  it('is cleared by emptying the field', async () => {
    const account = accountOf('tel4vn', {
      label: 'Hà Nội support',
      tel4vnSignIn: 'token',
      screenPop: { template: 'https://crm.example.vn/?n={number}', openOn: 'click' },
    })
    const { user, client } = renderWithServices(<AccountForm account={account} onDone={() => undefined} />, {
      answers,
    })
    await user.clear(screen.getByLabelText('Screen pop address'))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(client.requestsTo('accounts.update')[0]?.draft.screenPop).toBeNull()
  })
})

describe('away after a missed call', () => {
  it('is offered to VoIPbin agents only, and sent when ticked', async () => {
    const { user, client } = renderWithServices(<AccountForm onDone={() => undefined} />, { answers })
    await user.selectOptions(screen.getByLabelText('Provider'), 'VoIPbin')
    expect(screen.queryByLabelText('Set me to Away')).toBeNull()
    await user.type(screen.getByLabelText('Name'), 'Me on VoIPbin')
    await user.click(screen.getByLabelText('Agent: only calls for my extension'))
    await user.type(screen.getByLabelText('My extension or agent id'), 'test2')
    await user.click(screen.getByLabelText('Set me to Away'))
    await user.type(screen.getByLabelText('Access token'), 'voipbin-token')
    await user.click(screen.getByRole('button', { name: 'Add account' }))
    expect(client.requestsTo('accounts.create')[0]?.draft.voipbinAwayAfterMissed).toBe(true)
  })
})
