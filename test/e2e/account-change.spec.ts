import { expect, snapshot, test } from './harness-fixture'

// Issue 14: after an AgentHub token was replaced with a read-only one, the open AI agents screen
// still showed the old identity and role until the page was reloaded.
test('replacing an AgentHub token shows the new identity and role on the open AI agents screen', async ({
  app,
  harness,
}) => {
  // The demo's sandbox stands in for AgentHub; the account is the user's own (demo accounts
  // cannot be edited).
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  harness.core.notificationPause.pause('until-resumed')
  const demo = harness.core.demo.current()
  if (!demo) throw new Error('the demo workspace is not running')
  const draft = {
    provider: 'agenthub' as const,
    label: 'Hub desk',
    baseUrl: demo.sandbox.baseUrls.agenthub,
    tenantId: null,
    role: { kind: 'supervisor' as const },
    polling: { enabled: false, intervalSeconds: null },
  }
  const account = await harness.core.accounts.create(draft, demo.sandbox.credentials.agenthub.token)

  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'AI agents' }).click()
  await app.getByRole('group', { name: 'AI agent accounts' }).getByRole('button', { name: 'Hub desk' }).click()
  const identity = app.getByRole('region', { name: 'Signed in to AgentHub' })
  await expect(identity).toContainText('Trần Thị Lan')
  await expect(identity).toContainText('role supervisor')
  // A reload would lose this.
  await app.evaluate(() => ((window as unknown as { notReloaded?: boolean }).notReloaded = true))

  // As the Accounts screen saves a new key (in another window, or before coming back here).
  await harness.core.accounts.update(account.id, draft, demo.sandbox.credentials.agenthub.readOnlyToken)

  await expect(identity).toContainText('Phạm Văn Minh')
  await expect(identity).toContainText('role viewer')
  await expect(identity).not.toContainText('Trần Thị Lan')
  expect(await app.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
  await snapshot(app, 'ai-agents-after-key-replaced')
})
