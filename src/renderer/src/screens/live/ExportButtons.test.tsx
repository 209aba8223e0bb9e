import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { ipcFailure } from '../../test-support/fake-client'
import { renderWithServices } from '../../test-support/render'

import { ExportButtons } from './ExportButtons'

describe('the export buttons', () => {
  it('asks main to save the missed calls and says where they went', async () => {
    const { client } = renderWithServices(<ExportButtons hasAlerts hasMissed />, {
      answers: {
        'alerts.exportCsv': { outcome: 'saved', fileName: 'missed.csv', rows: 3, downloadUrl: null },
      },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Export missed calls' }))
    expect(await screen.findByText('Saved 3 rows to missed.csv')).toBeDefined()
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(client.requestsTo('alerts.exportCsv')).toEqual([{ what: 'missedCalls' }, { what: 'alerts' }])
  })

  it('offers nothing to export from an empty history, nor missed calls when there are none', () => {
    renderWithServices(<ExportButtons hasAlerts={false} hasMissed={false} />)
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export CSV' }).disabled).toBe(true)
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export missed calls' }).disabled).toBe(true)
  })

  it('says in words why a file could not be written', async () => {
    renderWithServices(<ExportButtons hasAlerts hasMissed />, {
      answers: {
        'alerts.exportCsv': () => {
          throw ipcFailure({
            kind: 'internal',
            problem: { code: 'problems:exports.notWritten', params: { detail: 'disk full' } },
          })
        },
      },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(await screen.findByText(/The file could not be saved: .*disk full/)).toBeDefined()
  })
})
