import { screen } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'

import { problemMessage } from '../../../shared/i18n/problem'
import { renderWithServices } from '../test-support/render'

import { Field } from './Field'

afterEach(async () => {
  await i18next.changeLanguage('en')
})

function renderField(props: { problem?: string; hint?: string; inline?: boolean }) {
  return renderWithServices(
    <form>
      <Field id="username" label="Username" {...props}>
        {(wires) => <input {...wires} />}
      </Field>
    </form>,
  )
}

describe('one field of a form', () => {
  it('ties the input to its label, and says nothing is wrong when nothing is', () => {
    renderField({})
    const input = screen.getByLabelText('Username')
    expect(input.id).toBe('username')
    expect(input.getAttribute('aria-invalid')).toBeNull()
    expect(input.getAttribute('aria-describedby')).toBeNull()
  })

  it('words a shared schema’s problem code in the language shown, and the input points to it', async () => {
    const problem = problemMessage('voipbin:problems.atMost', { field: 'username', max: 100 })
    const { rerender } = renderField({ problem, hint: 'As VoIPbin knows the agent' })
    const input = screen.getByLabelText('Username')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.getAttribute('aria-describedby')).toBe('username-hint username-error')
    expect(document.getElementById('username-error')?.textContent).toBe('Username: at most 100 characters')
    expect(document.getElementById('username-hint')?.textContent).toBe('As VoIPbin knows the agent')
    await i18next.changeLanguage('vi')
    rerender(
      <form>
        <Field id="username" label="Username" problem={problem}>
          {(wires) => <input {...wires} />}
        </Field>
      </form>,
    )
    expect(document.getElementById('username-error')?.textContent).toBe('Tên đăng nhập: tối đa 100 ký tự')
  })

  it('shows a message that is already words as it is', () => {
    renderField({ problem: 'Already in queue 1001226 · test' })
    expect(document.getElementById('username-error')?.textContent).toBe('Already in queue 1001226 · test')
  })

  it('sits in a row of other fields without a wrapper of its own', () => {
    const { container } = renderField({ inline: true, problem: problemMessage('agents:queues.digitsOnly') })
    const form = container.querySelector('form')
    expect([...(form?.children ?? [])].map((child) => child.tagName)).toEqual(['LABEL', 'INPUT', 'P'])
    expect(screen.getByText('A queue id is digits only').id).toBe('username-error')
  })
})
