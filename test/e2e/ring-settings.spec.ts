import type { Page } from '@playwright/test'

import { expect, test } from './harness-fixture'

const nav = (app: Page, name: string) =>
  app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true })

test('a screen-pop address is refused when hostile, with the half-typed form kept, and a valid one survives a reload', async ({
  app,
  harness,
}) => {
  // Not monitored: this test is about the form, not the provider.
  const account = await harness.core.accounts.create(
    {
      provider: 'tel4vn',
      label: 'Hotline',
      baseUrl: 'https://api.tel4vn.example',
      tenantId: null,
      role: { kind: 'agent', extension: '101' },
      polling: { enabled: false, intervalSeconds: null },
    },
    'tel4vn_e2e_token',
  )
  const stored = () => harness.core.settings.read().accounts.find((candidate) => candidate.id === account.id)
  await nav(app, 'Accounts').click()
  await app.getByRole('listitem', { name: 'Hotline' }).getByRole('button', { name: 'Edit' }).click()
  const form = app.getByRole('form', { name: 'Edit Hotline' })
  const template = form.getByLabel('Screen pop address')
  const save = form.getByRole('button', { name: 'Save changes' })

  // Half-typed: a new name and a script address.
  await form.getByLabel('Name', { exact: true }).fill('Hotline desk')
  await template.fill('javascript:alert(1)')
  await save.click()
  await expect(form.getByText('Only https: addresses can open (javascript: cannot)')).toBeVisible()
  await expect(template).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Hotline desk')
  await expect(template).toHaveValue('javascript:alert(1)')
  expect(stored()).toMatchObject({ label: 'Hotline' })
  expect(stored()?.screenPop ?? null).toBeNull()

  // Plain http to another computer: the number would cross the network unencrypted.
  await template.fill('http://example.com/{number}')
  await expect(
    form.getByText('http: is only for this computer (localhost, 127.0.0.1, [::1]); use https: for example.com'),
  ).toBeVisible()
  await save.click()
  await expect(form).toBeVisible()
  expect(stored()?.screenPop ?? null).toBeNull()

  // A placeholder in the host would let a call choose the server.
  await template.fill('https://{number}.crm.example/')
  await expect(
    form.getByText('Placeholders go in the path, the query or the fragment, never in the host'),
  ).toBeVisible()

  await template.fill('https://crm.example/{number}')
  await expect(form.locator('.field-error')).toHaveCount(0)
  await form
    .getByRole('radiogroup', { name: 'Open it' })
    .getByRole('radio', { name: 'As soon as the call rings' })
    .check()
  await save.click()
  const card = app.getByRole('listitem', { name: 'Hotline desk' })
  await expect(card).toBeVisible()
  expect(stored()?.screenPop).toEqual({ template: 'https://crm.example/{number}', openOn: 'ring' })

  await app.reload()
  await nav(app, 'Accounts').click()
  await app.getByRole('listitem', { name: 'Hotline desk' }).getByRole('button', { name: 'Edit' }).click()
  const again = app.getByRole('form', { name: 'Edit Hotline desk' })
  await expect(again.getByLabel('Screen pop address')).toHaveValue('https://crm.example/{number}')
  await expect(again.getByRole('radio', { name: 'As soon as the call rings' })).toBeChecked()
})

test('Settings: a 15-minute pause shows as paused until Resume ends it; a pause time must be a time', async ({
  app,
  harness,
}) => {
  await nav(app, 'Settings').click()
  const notifications = app.getByRole('region', { name: 'Notifications', exact: true })
  const before = Date.now()
  await notifications.getByRole('button', { name: 'Pause 15 minutes' }).click()
  await expect(notifications.getByRole('button', { name: 'Resume notifications' })).toBeVisible()
  const pause = harness.core.notificationPause.current()
  expect(pause.paused).toBe(true)
  const until = pause.paused && pause.until ? Date.parse(pause.until) : NaN
  expect(until - before).toBeGreaterThanOrEqual(15 * 60_000 - 1000)
  expect(until - before).toBeLessThanOrEqual(15 * 60_000 + 10_000)
  // The time shown is the time the pause ends, as this computer's clock shows it.
  const shown = new Date(until).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit' })
  // (After 23:45 the end is tomorrow, and the day is named before the time.)
  const pausedUntil = new RegExp(`Paused until (\\S+ )?${shown}`)
  await expect(notifications).toContainText(pausedUntil)
  await expect(app.locator('.sidebar-foot')).toContainText(pausedUntil)
  expect(harness.platform.recorded.trayViews.at(-1)).toMatchObject({ icon: 'paused', notificationsPaused: true })

  await notifications.getByRole('button', { name: 'Resume notifications' }).click()
  await expect(notifications).toContainText('Notifications on')
  await expect(notifications.getByRole('button', { name: 'Pause 15 minutes' })).toBeVisible()
  expect(harness.core.notificationPause.current().paused).toBe(false)

  // "Pause until" with no time: refused in words, nothing paused.
  const until15 = notifications.getByRole('form', { name: 'Pause until' })
  await until15.getByRole('button', { name: 'Pause until this time' }).click()
  await expect(until15.getByText('Enter a time as HH:MM, for example 08:00 or 17:30.')).toBeVisible()
  expect(harness.core.notificationPause.current().paused).toBe(false)
})

test('Settings: working hours are saved and shown after a reload; a time left incomplete is refused in words', async ({
  app,
  harness,
}) => {
  await nav(app, 'Settings').click()
  const hours = app.getByRole('region', { name: 'Working hours' })
  await hours.getByRole('checkbox', { name: 'Pause alerts outside working hours' }).check()
  await hours.getByLabel('From').first().fill('09:00')
  await hours.locator('#hours-mon-end').fill('18:15')
  await hours.getByRole('checkbox', { name: 'Saturday' }).check()
  await hours.locator('#hours-sat-start').fill('08:30')
  await hours.locator('#hours-sat-end').fill('12:00')
  // A time input holds only whole, real times (25:00 cannot be typed into it): left incomplete, it is empty.
  await hours.locator('#hours-tue-end').fill('')
  await hours.getByRole('button', { name: 'Save working hours' }).click()
  await expect(hours.getByText('Enter a time as HH:MM, for example 08:00 or 17:30.')).toBeVisible()
  await expect(hours.locator('#hours-tue-end')).toHaveAttribute('aria-invalid', 'true')
  await expect(hours.getByRole('status')).toHaveCount(0)
  expect(harness.core.settings.read().workingHours.enabled).toBe(false)
  // What was typed elsewhere is kept.
  await expect(hours.locator('#hours-mon-start')).toHaveValue('09:00')
  await expect(hours.locator('#hours-sat-start')).toHaveValue('08:30')

  await hours.locator('#hours-tue-end').fill('17:00')
  await hours.getByRole('button', { name: 'Save working hours' }).click()
  await expect(hours.getByRole('status')).toHaveText('Working hours saved.')
  expect(harness.core.settings.read().workingHours).toMatchObject({
    enabled: true,
    days: {
      mon: { on: true, start: '09:00', end: '18:15' },
      tue: { on: true, end: '17:00' },
      sat: { on: true, start: '08:30', end: '12:00' },
    },
  })

  await app.reload()
  await nav(app, 'Settings').click()
  const after = app.getByRole('region', { name: 'Working hours' })
  await expect(after.getByRole('checkbox', { name: 'Pause alerts outside working hours' })).toBeChecked()
  await expect(after.locator('#hours-mon-start')).toHaveValue('09:00')
  await expect(after.locator('#hours-mon-end')).toHaveValue('18:15')
  await expect(after.getByRole('checkbox', { name: 'Saturday' })).toBeChecked()
  await expect(after.locator('#hours-sat-end')).toHaveValue('12:00')
  await expect(after.getByRole('checkbox', { name: 'Sunday' })).not.toBeChecked()
})
