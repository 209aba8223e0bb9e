import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithServices } from '../test-support/render'

import { ProxySignIn } from './ProxySignIn'

const asked = { id: 'q1', proxy: 'proxy.corp:3128', again: false }

describe('the proxy sign-in', () => {
  it('shows a question main is waiting for, sends the credentials once and goes away', async () => {
    const { client, user } = renderWithServices(<ProxySignIn />, {
      answers: { 'proxy.pendingAuth': [asked], 'proxy.answerAuth': { answered: true } },
    })
    const dialog = await screen.findByRole('dialog', { name: 'Proxy sign-in' })
    expect(dialog.textContent).toContain('The proxy proxy.corp:3128 asks for a user name and password')
    await user.type(screen.getByLabelText('User name'), 'ann')
    await user.type(screen.getByLabelText('Password'), 's3cret')
    // The password is never written into the DOM as an attribute.
    expect(document.body.innerHTML).not.toContain('s3cret')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(client.requestsTo('proxy.answerAuth')).toEqual([
      { id: 'q1', credentials: { username: 'ann', password: 's3cret' } },
    ])
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('says when the proxy refused the last ones, asks for a user name, and Cancel answers without credentials', async () => {
    const { client, user } = renderWithServices(<ProxySignIn />, {
      answers: { 'proxy.pendingAuth': [], 'proxy.answerAuth': { answered: true } },
    })
    await client.emit('proxy.authRequested', { ...asked, again: true })
    const dialog = await screen.findByRole('dialog', { name: 'Proxy sign-in' })
    expect(dialog.textContent).toContain('refused that user name and password')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Enter the proxy user name')).toBeTruthy()
    expect(client.requestsTo('proxy.answerAuth')).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(client.requestsTo('proxy.answerAuth')).toEqual([{ id: 'q1' }])
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
