import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ipcFailure } from '../../test-support/fake-client'
import { renderWithServices } from '../../test-support/render'

import { AboutSection } from './AboutSection'

const info = { productName: 'AgentDesk', version: '0.1.0', platform: 'linux', transport: 'browser-harness' } as const

const facts = () =>
  Object.fromEntries(
    screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  )

describe('About', () => {
  it('names the version, the platform and how the app runs', async () => {
    renderWithServices(<AboutSection />, { answers: { 'app.getInfo': info } })
    expect(await screen.findByText('AgentDesk 0.1.0')).toBeDefined()
    expect(facts()).toEqual({
      Version: 'AgentDesk 0.1.0',
      Platform: 'linux',
      'Running as': 'Browser harness (development)',
    })
  })

  it('checks that the services answer, and says how fast', async () => {
    const { user, client } = renderWithServices(<AboutSection />, {
      answers: {
        'app.getInfo': info,
        'app.ping': ({ message }) => ({ message, receivedAt: new Date().toISOString() }),
      },
    })
    await user.click(screen.getByRole('button', { name: 'Check connection to services' }))
    expect((await screen.findByRole('status')).textContent).toMatch(/^Services answered in \d+ ms \(at .+\)\.$/)
    expect(client.requestsTo('app.ping')).toEqual([{ message: 'settings-check' }])
  })

  it('says when the services do not answer', async () => {
    const { user } = renderWithServices(<AboutSection />, {
      answers: {
        'app.getInfo': info,
        'app.ping': () => {
          throw ipcFailure({ kind: 'internal', problem: { code: 'problems:ipc.harnessNotConnected' } })
        },
      },
    })
    await user.click(screen.getByRole('button', { name: 'Check connection to services' }))
    expect((await screen.findByRole('alert')).textContent).toContain('Not connected to the AgentDesk services.')
  })
})
