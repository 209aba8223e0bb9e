import { expect, snapshot, test } from './harness-fixture'

test('the demo workspace is offered, shows five working accounts and can be left', async ({ app, harness }) => {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('note').filter({ hasText: 'Demo workspace' })).toBeVisible()
  await app.getByRole('button', { name: 'Accounts', exact: true }).click()
  const cards = app.getByRole('listitem').filter({ hasText: 'Demo' })
  await expect(cards).toHaveCount(5)
  const alohub = app.getByRole('listitem', { name: 'Demo AloHub' })
  await alohub.getByRole('button', { name: 'Test connection' }).click()
  await expect(alohub.getByRole('status')).toHaveText('Connected to AloHub: 120 agents visible.')
  const agenthub = app.getByRole('listitem', { name: 'Demo AgentHub' })
  await agenthub.getByRole('button', { name: 'Test connection' }).click()
  await expect(agenthub.getByRole('status')).toHaveText('Connected to AgentHub: signed in as Trần Thị Lan.')
  await expect(alohub.getByRole('button', { name: 'Edit' })).toHaveCount(0)
  await snapshot(app, 'demo-accounts')
  // Nothing of the demo is written to the settings file or the keychain.
  expect(harness.core.settings.read().accounts).toEqual([])
  expect(harness.core.settings.read().demoWorkspace).toBe(true)

  await app.getByRole('button', { name: 'Leave the demo' }).click()
  await expect(app.getByText('No accounts connected')).toBeVisible()
  expect(harness.core.settings.read().demoWorkspace).toBe(false)
})
