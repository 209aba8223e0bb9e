import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithServices } from '../test-support/render'

import { ConfirmQuestion } from './ConfirmQuestion'
import { ConflictView } from './ConflictView'

describe('the conflict view ("changed elsewhere")', () => {
  it('shows theirs beside mine as facts, with the editor’s choices', () => {
    renderWithServices(
      <ConflictView
        title="Someone changed these queues since you opened them."
        body="Nothing was sent."
        theirs={{ label: 'Now in AloHub', content: '1001226 · test' }}
        mine={{ label: 'Yours', content: '1000886 · sales' }}
        actions={<button type="button">Use theirs and discard mine</button>}
      />,
    )
    const conflict = screen.getByRole('alert')
    const facts = within(conflict)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent])
    expect(facts).toEqual([
      ['Now in AloHub', '1001226 · test'],
      ['Yours', '1000886 · sales'],
    ])
    expect(within(conflict).getByRole('button', { name: 'Use theirs and discard mine' })).toBeDefined()
  })

  it('shows each side under a heading of its own, as a named region', () => {
    renderWithServices(
      <ConflictView
        sections
        label="Changed elsewhere"
        title="bookingAgent was changed elsewhere"
        theirs={{ label: 'Their changes', content: <p>model</p> }}
        mine={{ label: 'Your changes', content: <p>temperature</p> }}
        note="Overwriting sends your changed fields only."
      />,
    )
    const conflict = screen.getByRole('alert', { name: 'Changed elsewhere' })
    expect(
      within(conflict)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['bookingAgent was changed elsewhere', 'Their changes', 'Your changes'])
    expect(conflict.textContent).toContain('Overwriting sends your changed fields only.')
  })
})

describe('the question before something is taken away', () => {
  it('is named by its question, and answers yes or no', async () => {
    const answers: string[] = []
    const { user } = renderWithServices(
      <ConfirmQuestion
        question="Remove this queue from 082018?"
        why="Calls to it will no longer reach this agent."
        yes="Remove and save"
        no="Keep them"
        onYes={() => answers.push('yes')}
        onNo={() => answers.push('no')}
      />,
    )
    const question = screen.getByRole('alertdialog', { name: /Remove this queue from 082018\?/ })
    await user.click(within(question).getByRole('button', { name: 'Keep them' }))
    await user.click(within(question).getByRole('button', { name: 'Remove and save' }))
    expect(answers).toEqual(['no', 'yes'])
  })
})
