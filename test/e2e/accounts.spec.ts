import { expect, snapshot, test } from './harness-fixture'

test('an account is added with its key in the keychain, edited and removed', async ({ app, harness }) => {
  await app.getByRole('button', { name: 'Accounts', exact: true }).click()
  await snapshot(app, 'accounts-empty')
  await app.getByRole('button', { name: 'Add account' }).click()
  const form = app.getByRole('form', { name: 'Add account' })
  await expect(form.getByLabel('Base URL')).toHaveValue('https://xapi.alohub.vn')

  // Invalid input is named field by field and nothing is lost.
  await form.getByLabel('Base URL').fill('xapi.alohub')
  await form.getByRole('button', { name: 'Add account' }).click()
  await expect(form.getByText('Give the account a name')).toBeVisible()
  await expect(form.getByText('Enter a full URL, such as https://xapi.alohub.vn')).toBeVisible()
  await expect(form.getByText('Enter the API key')).toBeVisible()
  await snapshot(app, 'accounts-form-errors')

  await form.getByRole('button', { name: 'Development' }).click()
  await form.getByLabel('Name').fill('Sài Gòn sales')
  await form.getByLabel('Tenant id').fill('20260310')
  await form.getByLabel('API key').fill('sk_live_e2e_secret_value')
  await form.getByRole('button', { name: 'Add account' }).click()

  const card = app.getByRole('listitem', { name: 'Sài Gòn sales' })
  await expect(card).toContainText('https://xapi-dev.alohub.vn')
  await expect(card).toContainText('Saved in the keychain')
  const [stored] = harness.core.settings.read().accounts
  expect(stored?.label).toBe('Sài Gòn sales')
  expect(await harness.core.accounts.secretOf(stored?.id ?? '')).toBe('sk_live_e2e_secret_value')
  await snapshot(app, 'accounts-one')

  await card.getByRole('button', { name: 'Edit' }).click()
  const edit = app.getByRole('form', { name: 'Edit Sài Gòn sales' })
  await expect(edit.getByLabel('API key')).toHaveValue('')
  await edit.getByLabel('Name').fill('Sài Gòn sales team')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  const renamed = app.getByRole('listitem', { name: 'Sài Gòn sales team' })
  await expect(renamed).toBeVisible()
  expect(await harness.core.accounts.secretOf(stored?.id ?? '')).toBe('sk_live_e2e_secret_value')

  await renamed.getByRole('button', { name: 'Remove…' }).click()
  await renamed.getByRole('button', { name: 'Remove', exact: true }).click()
  await expect(app.getByText('No accounts connected')).toBeVisible()
  expect(await harness.core.accounts.secretOf(stored?.id ?? '')).toBeUndefined()
})

test('an unreachable provider is reported in plain words and the form keeps its input', async ({ app }) => {
  await app.getByRole('button', { name: 'Accounts', exact: true }).click()
  await app.getByRole('button', { name: 'Add account' }).click()
  const form = app.getByRole('form', { name: 'Add account' })
  await form.getByLabel('Provider').selectOption('voipbin')
  await expect(form.getByLabel('Base URL')).toHaveValue('https://api.voipbin.net/v1.0')
  await form.getByLabel('Base URL').fill('http://127.0.0.1:9/v1.0')
  await form.getByLabel('Name').fill('Nowhere')
  await form.getByLabel('Access token').fill('token-that-goes-nowhere')
  await form.getByRole('button', { name: 'Test connection' }).click()
  await expect(form.getByRole('status')).toContainText('VoIPbin could not be reached at that address')
  await expect(form.getByLabel('Name')).toHaveValue('Nowhere')
  await expect(form.getByLabel('Access token')).toHaveValue('token-that-goes-nowhere')
  await snapshot(app, 'accounts-test-unreachable')
})
