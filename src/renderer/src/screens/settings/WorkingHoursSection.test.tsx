import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { defaultWorkingHours, type WorkingHours } from '../../../../shared/domain/working-hours'
import { renderWithServices } from '../../test-support/render'

import { WorkingHoursSection } from './WorkingHoursSection'

describe('working hours', () => {
  it('refuses a day that ends as it starts, in words, and saves nothing', async () => {
    const onSave = vi.fn(async (_hours: WorkingHours) => undefined)
    const { user } = renderWithServices(<WorkingHoursSection workingHours={defaultWorkingHours} onSave={onSave} />)
    const end = screen.getAllByLabelText('To')[0]
    if (!end) throw new Error('no end time for Monday')
    await user.clear(end)
    await user.type(end, '08:00')
    await user.click(screen.getByRole('button', { name: 'Save working hours' }))
    expect(
      await screen.findByText(
        'The end must differ from the start. For a night shift, end before the start (22:00 to 06:00).',
      ),
    ).toBeDefined()
    expect(end.getAttribute('aria-invalid')).toBe('true')
    expect(onSave).not.toHaveBeenCalled()
  })

  it('says night shifts work, and saves an end before the start as one', async () => {
    const onSave = vi.fn(async (_hours: WorkingHours) => undefined)
    const { user } = renderWithServices(<WorkingHoursSection workingHours={defaultWorkingHours} onSave={onSave} />)
    expect(screen.getByText(/Monday 22:00 to 06:00 ends on Tuesday at 06:00/)).toBeDefined()
    const start = screen.getAllByLabelText('From')[0]
    const end = screen.getAllByLabelText('To')[0]
    if (!start || !end) throw new Error('no times for Monday')
    await user.clear(start)
    await user.type(start, '22:00')
    await user.clear(end)
    await user.type(end, '06:00')
    await user.click(screen.getByRole('button', { name: 'Save working hours' }))
    expect(await within(document.body).findByText('Working hours saved.')).toBeDefined()
    expect(onSave).toHaveBeenCalledWith({
      ...defaultWorkingHours,
      days: { ...defaultWorkingHours.days, mon: { on: true, start: '22:00', end: '06:00' } },
    })
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
