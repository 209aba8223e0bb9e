import { expect, snapshot, test } from './harness-fixture'

test('the shell loads with navigation to every screen', async ({ app }) => {
  await expect(app).toHaveTitle('AgentDesk')
  await expect(app.getByRole('heading', { level: 1, name: 'Live' })).toBeVisible()
  await snapshot(app, 'shell-live')
  for (const name of ['Agents', 'AI agents', 'Accounts', 'Settings', 'Live']) {
    await app.getByRole('button', { name, exact: true }).click()
    await expect(app.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(app.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'page')
  }
  await app.getByRole('button', { name: 'Go to Accounts' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible()
  await snapshot(app, 'shell-accounts')
})
