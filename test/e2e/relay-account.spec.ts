import { expect, test } from './harness-fixture'

const PASSWORD = 'nats_LEAKCHECK_relay_3e7d'

test('a Tel4vn account saved through the team relay: the NATS password never reaches the renderer', async ({
  app,
  harness,
}) => {
  const received: string[] = []
  app.on('websocket', (socket) => socket.on('framereceived', (frame) => received.push(String(frame.payload))))
  await app.reload()
  await app.getByRole('button', { name: 'Accounts', exact: true }).click()
  await app.getByRole('button', { name: 'Add account' }).click()
  const form = app.getByRole('form', { name: 'Add account' })
  await form.getByLabel('Provider').selectOption({ label: 'Tel4vn' })
  await form.getByLabel('Name').fill('Relayed desk')
  await form.getByLabel('Base URL').fill('https://tel4vn.example.vn')
  await form.getByLabel('Token', { exact: true }).fill('tel4vn-token-relay-1')
  await form.getByLabel('Connect through the team relay').check()
  await form.getByLabel('Relay address').fill('ws://relay.example.com:8080')
  await form.getByLabel('Tenant id').fill('sales-hcm')
  await form.getByLabel('Your NATS user name').fill('desk-100')
  await form.getByLabel('Your NATS password').fill(PASSWORD)
  await form.getByRole('button', { name: 'Add account' }).click()
  await expect(form.getByText('Use nats:// or tls://', { exact: false })).toBeVisible()
  await form.screenshot({ path: 'test-results/screenshots/relay-form-refused-en.png' })
  await form.getByLabel('Relay address').fill('tls://relay.example.com:4222')
  await form.getByRole('button', { name: 'Add account' }).click()
  await expect(app.getByRole('listitem', { name: 'Relayed desk' })).toBeVisible()

  const saved = harness.core.settings.read().accounts.find((account) => account.label === 'Relayed desk')
  expect(saved?.relay).toEqual({ url: 'tls://relay.example.com:4222', tenant: 'sales-hcm', user: 'desk-100' })
  expect(JSON.stringify(harness.core.settings.read())).not.toContain(PASSWORD)
  expect(received.join('\n')).not.toContain(PASSWORD)
  expect(await app.content()).not.toContain(PASSWORD)

  // The section in both languages, for a person to look at.
  for (const language of ['en', 'vi'] as const) {
    harness.core.settings.update({ language })
    await app.reload()
    await app.getByRole('button', { name: language === 'en' ? 'Accounts' : 'Tài khoản', exact: true }).click()
    const card = app.getByRole('listitem', { name: 'Relayed desk' })
    await card.getByRole('button', { name: language === 'en' ? 'Edit' : 'Sửa' }).click()
    const edit = app.getByRole('form').first()
    const password = edit.getByLabel(language === 'en' ? 'Your NATS password' : 'Mật khẩu NATS của bạn')
    await password.scrollIntoViewIfNeeded()
    await expect(password).toBeVisible()
    await expect(password).toHaveValue('')
    await app.screenshot({ path: `test-results/screenshots/relay-form-${language}.png` })
  }
  expect(received.join('\n')).not.toContain(PASSWORD)
})
