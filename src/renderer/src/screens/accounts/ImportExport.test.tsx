import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ipcFailure } from '../../test-support/fake-client'
import { renderWithServices } from '../../test-support/render'

import { ImportExport } from './ImportExport'

const accountsFile = (text: string) => new File([text], 'accounts.json', { type: 'application/json' })

describe('accounts to and from a file', () => {
  it('imports the chosen file’s text and says how many accounts came in', async () => {
    const text = '{"format":"agentdesk-accounts","version":2,"accounts":[]}'
    const { user, client } = renderWithServices(<ImportExport canExport />, {
      answers: { 'accounts.import': { added: 2, skipped: 1 } },
    })
    await user.upload(screen.getByLabelText('Accounts file to import'), accountsFile(text))
    expect((await screen.findByRole('status')).textContent).toBe(
      'Imported 2 accounts, skipped 1 already here. Add each key before use.',
    )
    expect(client.requestsTo('accounts.import')).toEqual([{ text }])
  })

  it('says why a file was refused', async () => {
    const { user } = renderWithServices(<ImportExport canExport />, {
      answers: {
        'accounts.import': () => {
          throw ipcFailure({
            kind: 'invalid_request',
            problem: {
              code: 'problems:account.importInvalid',
              params: { details: 'format: expected "agentdesk-accounts"' },
            },
          })
        },
      },
    })
    await user.upload(screen.getByLabelText('Accounts file to import'), accountsFile('{}'))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That is not an AgentDesk accounts file: format: expected "agentdesk-accounts". Nothing was imported.',
    )
  })

  it('exports through the services, and names the file written', async () => {
    const { user, client } = renderWithServices(<ImportExport canExport />, {
      answers: { 'accounts.export': { fileName: 'agentdesk-accounts.json', json: '{}' } },
    })
    await user.click(screen.getByRole('button', { name: 'Export' }))
    expect((await screen.findByRole('status')).textContent).toBe('Exported to agentdesk-accounts.json, without keys.')
    expect(client.requestsTo('accounts.export')).toHaveLength(1)
  })

  it('has nothing to export when there are only demo accounts', () => {
    renderWithServices(<ImportExport canExport={false} />)
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export' }).disabled).toBe(true)
  })
})
