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

test('Tel4vn signs in with a token unless the key exchange is chosen; both ways and a VoIPbin customer id survive editing', async ({
  app,
  harness,
}) => {
  await app.getByRole('button', { name: 'Accounts', exact: true }).click()
  await app.getByRole('button', { name: 'Add account' }).click()
  const form = app.getByRole('form', { name: 'Add account' })
  await expect(form.getByRole('radiogroup', { name: 'Sign in with' })).toHaveCount(0)
  await expect(form.getByText('Sent as the X-Api-Key header on every request.')).toBeVisible()
  await form.getByLabel('Provider').selectOption('tel4vn')
  const signIn = form.getByRole('radiogroup', { name: 'Sign in with' })
  await expect(signIn.getByRole('radio', { name: "A token (as Tel4vn's API document shows)" })).toBeChecked()
  await expect(form.getByLabel('Token', { exact: true })).toBeVisible()
  await expect(
    form.getByText(/Paste the token you send as Authorization: Bearer … to GET \/v1\/monitor\/agent/),
  ).toBeVisible()
  await snapshot(app, 'accounts-tel4vn-token')

  await signIn.getByRole('radio', { name: "An API key exchanged for tokens (Tel4vn's public docs)" }).check()
  await expect(form.getByLabel('Token', { exact: true })).toHaveCount(0)
  await form.getByLabel('Name').fill('Hotline')
  await form.getByLabel('Base URL').fill('https://api.tel4vn.example')
  await form.getByLabel('API key', { exact: true }).fill('tel4vn_e2e_api_key')
  await form.getByRole('button', { name: 'Add account' }).click()
  const card = app.getByRole('listitem', { name: 'Hotline' })
  await expect(card).toContainText('API key exchanged for tokens')
  const stored = () => harness.core.settings.read().accounts.find((account) => account.label === 'Hotline')
  expect(stored()).toMatchObject({ provider: 'tel4vn', tel4vnSignIn: 'key_exchange' })

  // The choice is kept; changing it asks for the other secret, since a token is not an API key.
  await card.getByRole('button', { name: 'Edit' }).click()
  const edit = app.getByRole('form', { name: 'Edit Hotline' })
  await expect(edit.getByRole('radio', { name: /An API key exchanged for tokens/ })).toBeChecked()
  await edit.getByRole('radio', { name: /A token/ }).check()
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit.getByText('A token and an API key are different secrets')).toBeVisible()
  await edit.getByLabel('Token', { exact: true }).fill('tel4vn_e2e_token')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(card).toContainText('With a token')
  expect(stored()).toMatchObject({ tel4vnSignIn: 'token' })
  expect(await harness.core.accounts.secretOf(stored()?.id ?? '')).toBe('tel4vn_e2e_token')

  await app.getByRole('button', { name: 'Add account' }).click()
  const voipbin = app.getByRole('form', { name: 'Add account' })
  await voipbin.getByLabel('Provider').selectOption('voipbin')
  await expect(voipbin.getByText('Only needed for live push when your token is an access key')).toBeVisible()
  await voipbin.getByLabel('Name').fill('VoIPbin agents')
  await voipbin.getByLabel('Access token').fill('voipbin_e2e_token')
  await voipbin.getByLabel('Customer id').fill('5e4a0680-804e-11ec-8477-2fea5968d85b')
  await snapshot(app, 'accounts-voipbin-customer-id')
  await voipbin.getByRole('button', { name: 'Add account' }).click()
  const voipbinCard = app.getByRole('listitem', { name: 'VoIPbin agents' })
  await expect(voipbinCard).toContainText('5e4a0680-804e-11ec-8477-2fea5968d85b')
  await voipbinCard.getByRole('button', { name: 'Edit' }).click()
  await expect(app.getByRole('form', { name: 'Edit VoIPbin agents' }).getByLabel('Customer id')).toHaveValue(
    '5e4a0680-804e-11ec-8477-2fea5968d85b',
  )
})
