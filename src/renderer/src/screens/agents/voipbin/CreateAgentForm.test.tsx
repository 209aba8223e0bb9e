import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { providerRefusal } from '../../../test-support/answers'
import type { FakeAnswer } from '../../../test-support/fake-client'
import { ids, voipbinAgent } from '../../../test-support/fixtures'
import { fillIn, valuesOf } from '../../../test-support/forms'
import { renderWithServices } from '../../../test-support/render'

import { CreateAgentForm } from './CreateAgentForm'

/** VoIPbin takes the agent and answers with it as stored: the password never comes back. */
const created: FakeAnswer<'voipbin.createAgent'> = ({ agent }) =>
  voipbinAgent({
    id: 'agent-new',
    username: agent.username,
    name: agent.name ?? '',
    ringMethod: agent.ringMethod,
    permission: agent.permission,
    addresses: agent.addresses,
  })

function renderForm(answer: FakeAnswer<'voipbin.createAgent'> = created) {
  const onCreated = vi.fn()
  const onClose = vi.fn()
  const rendered = renderWithServices(
    <CreateAgentForm accountId={ids.voipbin} onCreated={onCreated} onClose={onClose} />,
    { answers: { 'voipbin.createAgent': answer } },
  )
  return { ...rendered, onCreated, onClose }
}

/** An agent as typed, the least VoIPbin takes. */
const typed = { Username: 'lan.tran', Password: 'correct horse' }

describe('a new VoIPbin agent', () => {
  it('is sent as typed, with the document’s defaults for ring method and permission', async () => {
    const { user, client, onCreated } = renderForm()
    expect(screen.getByRole('heading', { name: 'New VoIPbin agent' })).toBe(document.activeElement)
    await user.type(screen.getByLabelText('Username'), 'lan.tran')
    await user.type(screen.getByLabelText('Password'), 'correct horse')
    await user.type(screen.getByLabelText('Name'), 'Trần Thị Lan')
    await user.click(screen.getByRole('button', { name: 'Add address' }))
    await user.type(screen.getByLabelText('Address 1'), '+84901234567')
    await user.click(screen.getByRole('button', { name: 'Create agent' }))
    expect(client.requestsTo('voipbin.createAgent')).toEqual([
      {
        accountId: ids.voipbin,
        agent: {
          username: 'lan.tran',
          password: 'correct horse',
          name: 'Trần Thị Lan',
          ringMethod: 'ringall',
          permission: 16,
          addresses: [{ type: 'tel', target: '+84901234567' }],
        },
      },
    ])
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 'agent-new', username: 'lan.tran' }))
  })

  it('sends the ring method and permission chosen', async () => {
    const { user, client } = renderForm()
    await user.type(screen.getByLabelText('Username'), 'hoa.le')
    await user.type(screen.getByLabelText('Password'), '12345678')
    await user.selectOptions(screen.getByLabelText('Ring method'), 'Ring the addresses one by one, in order')
    await user.selectOptions(screen.getByLabelText('Permission'), 'Customer admin')
    await user.click(screen.getByRole('button', { name: 'Create agent' }))
    expect(client.requestsTo('voipbin.createAgent')[0]?.agent).toMatchObject({ ringMethod: 'linear', permission: 32 })
  })

  it('says what is wrong beside each field, sends nothing, and puts the focus on the first', async () => {
    const { user, client } = renderForm()
    await user.type(screen.getByLabelText('Username'), 'two words')
    await user.type(screen.getByLabelText('Password'), 'short')
    await user.click(screen.getByRole('button', { name: 'Create agent' }))
    const username = screen.getByLabelText('Username')
    expect(username.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Username: no spaces')).toBeDefined()
    expect(screen.getByText('Password: at least 8 characters')).toBeDefined()
    expect(document.activeElement).toBe(username)
    expect(client.calls).toEqual([])
  })

  it('checks again on every keystroke once a create was tried', async () => {
    const { user } = renderForm()
    await user.click(screen.getByRole('button', { name: 'Create agent' }))
    expect(screen.getByText('Enter a username')).toBeDefined()
    await user.type(screen.getByLabelText('Username'), 'lan')
    expect(screen.queryByText('Enter a username')).toBeNull()
  })

  it('never puts the password into the page’s markup', async () => {
    const { user, container } = renderForm()
    await user.type(screen.getByLabelText('Password'), 'secret-pass-1')
    expect(container.innerHTML).not.toContain('secret-pass-1')
  })

  it('keeps everything typed, the password too, when VoIPbin refuses', async () => {
    const { user, onCreated } = renderForm(() => {
      throw providerRefusal('voipbin', 'conflict', 'the username lan.tran is taken')
    })
    await fillIn(user, typed)
    await user.click(screen.getByRole('button', { name: 'Create agent' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'VoIPbin reported a conflicting change (HTTP 409): the username lan.tran is taken.',
    )
    expect(valuesOf('Username', 'Password')).toEqual(typed)
    expect(onCreated).not.toHaveBeenCalled()
  })

  it('clears the password once VoIPbin holds it', async () => {
    const { user } = renderForm()
    await fillIn(user, typed)
    await user.click(screen.getByRole('button', { name: 'Create agent' }))
    expect(valuesOf('Username', 'Password')).toEqual({ Username: '', Password: '' })
  })

  it('closes on Cancel', async () => {
    const { user, onClose, client } = renderForm()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(client.calls).toEqual([])
  })
})
