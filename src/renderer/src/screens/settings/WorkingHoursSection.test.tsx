import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { defaultWorkingHours, type WorkingHours } from '../../../../shared/domain/working-hours'
import { renderWithServices } from '../../test-support/render'

import { WorkingHoursSection } from './WorkingHoursSection'

describe('working hours', () => {
  it('refuses a day that ends before it starts, in words, and saves nothing', async () => {
    const onSave = vi.fn(async (_hours: WorkingHours) => undefined)
    const { user } = renderWithServices(<WorkingHoursSection workingHours={defaultWorkingHours} onSave={onSave} />)
    const end = screen.getAllByLabelText('To')[0]
    if (!end) throw new Error('no end time for Monday')
    await user.clear(end)
    await user.type(end, '07:00')
    await user.click(screen.getByRole('button', { name: 'Save working hours' }))
    expect(
      await screen.findByText('The day must end after it starts (hours past midnight are not supported).'),
    ).toBeDefined()
    expect(end.getAttribute('aria-invalid')).toBe('true')
    expect(onSave).not.toHaveBeenCalled()
  })

  it('saves the hours turned on, per day', async () => {
    const onSave = vi.fn(async (_hours: WorkingHours) => undefined)
    const { user } = renderWithServices(<WorkingHoursSection workingHours={defaultWorkingHours} onSave={onSave} />)
    await user.click(screen.getByRole('checkbox', { name: 'Pause alerts outside working hours' }))
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }))
    await user.click(screen.getByRole('button', { name: 'Save working hours' }))
    expect(await within(document.body).findByText('Working hours saved.')).toBeDefined()
    expect(onSave).toHaveBeenCalledWith({
      enabled: true,
      days: { ...defaultWorkingHours.days, sat: { on: true, start: '08:00', end: '17:30' } },
    })
  })
})
