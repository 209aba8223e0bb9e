import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { defaultQueueThresholds, type QueueThresholds } from '../../../../shared/domain/queue-thresholds'
import { renderWithServices } from '../../test-support/render'

import { ThresholdsSection } from './ThresholdsSection'

const groups = [
  { key: 'queue:1001226', label: '1001226-test' },
  { key: 'domain:t:hn.tel4vn.com', label: 'hn.tel4vn.com' },
]
const input = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name })
const ringingWarn = (group: string) => input(`Ringing now: Warn at for ${group}`)
const ringingAlert = (group: string) => input(`Ringing now: Alert at for ${group}`)
const longestWarn = (group: string) => input(`Longest ringing (seconds): Warn at for ${group}`)
const DEFAULT = 'Every queue and team (default)'

function render(thresholds: QueueThresholds = defaultQueueThresholds) {
  const onSave = vi.fn(async (_thresholds: QueueThresholds) => undefined)
  const rendered = renderWithServices(<ThresholdsSection thresholds={thresholds} groups={groups} onSave={onSave} />)
  return { ...rendered, onSave }
}

describe('queue thresholds in Settings', () => {
  it('shows the default levels, and refuses a warn above the alert in words, keeping what was typed', async () => {
    const { user, onSave } = render()
    expect(ringingWarn(DEFAULT).value).toBe('3')
    expect(ringingAlert(DEFAULT).value).toBe('6')
    await user.clear(ringingWarn(DEFAULT))
    await user.type(ringingWarn(DEFAULT), '9')
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }))
    expect(await screen.findByText('The warn level must be at most the alert level.')).toBeDefined()
    expect(ringingWarn(DEFAULT).getAttribute('aria-invalid')).toBe('true')
    expect(ringingWarn(DEFAULT).value).toBe('9')
    expect(onSave).not.toHaveBeenCalled()

    // Raising the alert level clears it, and what was typed is what is saved.
    await user.clear(ringingAlert(DEFAULT))
    await user.type(ringingAlert(DEFAULT), '12')
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }))
    expect(await screen.findByText('Thresholds saved.')).toBeDefined()
    expect(onSave).toHaveBeenCalledWith({
      ...defaultQueueThresholds,
      default: { ...defaultQueueThresholds.default, ringing: { warn: 9, alert: 12 } },
    })
  })

  it('refuses what is not a whole number from 1, and takes an empty level as not used', async () => {
    const { user, onSave } = render()
    await user.clear(longestWarn(DEFAULT))
    await user.type(longestWarn(DEFAULT), 'soon')
    await user.clear(ringingAlert(DEFAULT))
    await user.type(ringingAlert(DEFAULT), '0')
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }))
    expect(await screen.findByText('Enter a whole number, or leave it empty.')).toBeDefined()
    expect(screen.getByText('Enter 1 or more, or leave it empty.')).toBeDefined()
    expect(longestWarn(DEFAULT).value).toBe('soon')
    expect(onSave).not.toHaveBeenCalled()

    await user.clear(longestWarn(DEFAULT))
    await user.clear(ringingAlert(DEFAULT))
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }))
    expect(await screen.findByText('Thresholds saved.')).toBeDefined()
    expect(onSave).toHaveBeenCalledWith({
      ...defaultQueueThresholds,
      default: { ringing: { warn: 3, alert: null }, longestRingingSeconds: { warn: null, alert: 60 } },
    })
  })

  it('adds a queue’s own row from the default, saves it as an override, and removes another', async () => {
    const { user, onSave } = render({
      ...defaultQueueThresholds,
      overrides: [
        {
          key: 'queue:old',
          label: 'Old queue',
          ringing: { warn: 1, alert: 2 },
          longestRingingSeconds: { warn: null, alert: null },
        },
      ],
    })
    expect(ringingAlert('Old queue').value).toBe('2')
    await user.selectOptions(screen.getByLabelText('Own levels for'), '1001226-test')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    expect(ringingWarn('1001226-test').value).toBe('3')
    await user.clear(ringingAlert('1001226-test'))
    await user.type(ringingAlert('1001226-test'), '4')
    await user.click(screen.getByRole('button', { name: 'Remove the levels of Old queue' }))
    await user.click(screen.getByRole('checkbox', { name: 'Notify me when a queue is back to normal' }))
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }))
    expect(await screen.findByText('Thresholds saved.')).toBeDefined()
    expect(onSave).toHaveBeenCalledWith({
      default: defaultQueueThresholds.default,
      overrides: [
        {
          key: 'queue:1001226',
          label: '1001226-test',
          ringing: { warn: 3, alert: 4 },
          longestRingingSeconds: { warn: 30, alert: 60 },
        },
      ],
      backToNormal: false,
    })
  })
})
