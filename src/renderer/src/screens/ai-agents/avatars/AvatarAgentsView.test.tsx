import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { providerRefusal } from '../../../test-support/answers'
import { avatarAgent, ids } from '../../../test-support/fixtures'
import { renderWithServices } from '../../../test-support/render'

import { AvatarAgentsView } from './AvatarAgentsView'

const pixel = 'data:image/png;base64,iVBORw0KGgo='
const linh = avatarAgent()
const tuan = avatarAgent({
  agentId: 8,
  name: 'Tuấn Sales',
  hasPicture: true,
  language: 'en',
  status: 'inactive',
  avatarName: null,
  customGreeting: 'Xin chào!',
  totalSessions: 3,
  avgDurationSeconds: null,
})

const cardOf = (name: string) => within(screen.getByRole('article', { name }))
const facts = (name: string) =>
  Object.fromEntries(
    cardOf(name)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  )

describe('the AI avatar platform’s agents', () => {
  it('shows each agent with its state, language, avatar and session figures', async () => {
    renderWithServices(<AvatarAgentsView accountId={ids.avatar} accountLabel="Demo avatars" />, {
      answers: { 'avatar.listAgents': [linh, tuan], 'avatar.picture': { dataUrl: pixel } },
    })
    expect(await screen.findByRole('list', { name: 'Avatar agents, newest first' })).toBeDefined()
    expect(cardOf('Linh Receptionist').getByText('Active')).toBeDefined()
    expect(cardOf('Linh Receptionist').getByText(/Vietnamese · Linh/)).toBeDefined()
    expect(facts('Linh Receptionist')).toEqual({
      Sessions: '1,200',
      'Average length': '1 min 35 s',
      'Last used': 'Never',
      Updated: 'Never',
    })
    expect(cardOf('Tuấn Sales').getByText('Inactive')).toBeDefined()
    expect(cardOf('Tuấn Sales').getByText(/English/)).toBeDefined()
    expect(facts('Tuấn Sales')['Average length']).toBe('—')
    expect(cardOf('Tuấn Sales').getByText('“Xin chào!”')).toBeDefined()
  })

  it('fetches a picture only for agents that have one, and shows initials otherwise', async () => {
    const { client } = renderWithServices(<AvatarAgentsView accountId={ids.avatar} accountLabel="Demo avatars" />, {
      answers: { 'avatar.listAgents': [linh, tuan], 'avatar.picture': { dataUrl: pixel } },
    })
    const picture = await screen.findByRole('img', { name: 'Avatar of Tuấn Sales' })
    expect(picture.getAttribute('src')).toBe(pixel)
    expect(screen.getByRole('img', { name: 'No picture for Linh Receptionist' }).textContent).toBe('LR')
    expect(client.requestsTo('avatar.picture')).toEqual([{ accountId: ids.avatar, agentId: 8 }])
  })

  it('says when the account has no agents', async () => {
    renderWithServices(<AvatarAgentsView accountId={ids.avatar} accountLabel="Demo avatars" />, {
      answers: { 'avatar.listAgents': [] },
    })
    expect(await screen.findByText('This account has no avatar agents yet.')).toBeDefined()
  })

  it('shows the platform’s refusal', async () => {
    renderWithServices(<AvatarAgentsView accountId={ids.avatar} accountLabel="Demo avatars" />, {
      answers: {
        'avatar.listAgents': () => {
          throw providerRefusal('avatar', 'forbidden', 'The avatar platform refused the API key')
        },
      },
    })
    expect((await screen.findByRole('alert')).textContent).toContain('The avatar platform refused the API key.')
  })
})
