import type { Page } from '@playwright/test'

import type { Harness } from '../../src/harness/harness-server'
import type { AccountDraft } from '../../src/shared/domain/accounts'

import { chooseVietnamese, expect, snapshot, snapshotOf, test } from './harness-fixture'

/** Starts the demo and stops its simulated calls, so only the test rings anyone. */
async function quietDemo(app: Page, harness: Harness) {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toContainText('Demo VoIPbin')
  const demo = harness.core.demo.current()
  if (!demo) throw new Error('the demo workspace is not running')
  demo.sandbox.simulator.stop()
  demo.sandbox.apps.tel4vn.setCalls([])
  const voipbin = demo.sandbox.apps.voipbin
  for (const agent of voipbin.agents()) if (agent.status === 'ringing') voipbin.setAgentStatus(agent.id, 'available')
  return demo
}

const monitorOf = (app: Page, label: string) =>
  app.getByRole('list', { name: 'Monitored accounts' }).getByRole('listitem').filter({ hasText: label })

test('a ringing VoIPbin agent is a ringing call on the board while its alert shows, until answered', async ({
  app,
  harness,
}) => {
  const demo = await quietDemo(app, harness)
  // The demo's VoIPbin account holds a login token: it names the customer, so push is on.
  await expect(monitorOf(app, 'Demo VoIPbin')).toContainText('Watching · live push', { timeout: 10_000 })
  await expect(monitorOf(app, 'Demo VoIPbin')).not.toContainText('connecting')
  const heading = app.getByRole('heading', { name: /^Calls/, level: 2 })
  await expect(heading).toHaveText('Calls (0 ringing)', { timeout: 10_000 })

  const voipbin = demo.sandbox.apps.voipbin
  const agent = voipbin.agents().find((candidate) => candidate.status === 'available' && candidate.name)
  if (!agent) throw new Error('the seed has no available agent')
  voipbin.setAgentStatus(agent.id, 'ringing')

  await expect(heading).toHaveText('Calls (1 ringing)')
  const table = app.getByRole('table', { name: 'Calls ringing and on call' })
  const row = table.getByRole('row').filter({ hasText: agent.username })
  await expect(row).toContainText('Ringing')
  await expect(row).toContainText(agent.name)
  await expect(row).toContainText('Demo VoIPbin')
  // VoIPbin does not say who calls nor which way: no number, no direction icon.
  await expect(row).toContainText('Not reported(direction not reported)')
  await expect(row.getByLabel(/^(Inbound|Outbound)$/)).toHaveCount(0)
  const alerts = app.getByRole('region', { name: 'Recent alerts' })
  await expect(alerts).toContainText(agent.name)
  await snapshot(app, 'live-voipbin-ringing')
  await snapshotOf(app.getByRole('region', { name: /^Calls/ }), 'live-voipbin-ringing-calls')

  // Answered: the agent is busy and the ring leaves the board; the alert stays.
  voipbin.setAgentStatus(agent.id, 'busy')
  await expect(heading).toHaveText('Calls (0 ringing)')
  await expect(row).toHaveCount(0)
  await expect(alerts).toContainText(agent.name)
})

test('with an access key VoIPbin push is off, the Live screen and the account say why, a customer id turns it on', async ({
  app,
  harness,
}) => {
  const demo = await quietDemo(app, harness)
  const draft: AccountDraft = {
    provider: 'voipbin',
    label: 'VoIPbin access key',
    baseUrl: demo.sandbox.baseUrls.voipbin,
    tenantId: null,
    role: { kind: 'supervisor' },
    polling: { enabled: true, intervalSeconds: 5 },
  }
  const account = await harness.core.accounts.create(draft, demo.sandbox.credentials.voipbin.accessKey)
  const words =
    'Live push is off: the token does not name a customer (an access key). Polling every 5 s. Add the customer id to the account to turn push on.'
  const monitor = monitorOf(app, 'VoIPbin access key')
  await expect(monitor).toContainText('Watching · polling only', { timeout: 10_000 })
  await expect(monitor).toContainText(words)
  await snapshotOf(app.getByRole('list', { name: 'Monitored accounts' }), 'live-voipbin-push-off')

  const nav = app.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('button', { name: 'Accounts' }).click()
  const card = app.getByRole('listitem', { name: 'VoIPbin access key' })
  await expect(card).toContainText(`Live push${words}`)
  await snapshotOf(card, 'account-voipbin-push-off')

  // The customer id on the account (the form's field is another part's work): push comes on.
  await harness.core.accounts.update(account.id, { ...draft, voipbinCustomerId: demo.sandbox.apps.voipbin.customerId })
  await expect(card).toContainText('Live pushlive push', { timeout: 10_000 })
  await expect(card).not.toContainText('Live push is off')
  await nav.getByRole('button', { name: 'Live' }).click()
  await expect(monitor).toContainText('Watching · live push')
  await expect(monitor).not.toContainText('Polling every')

  // In Vietnamese, the reason is in Vietnamese.
  await harness.core.accounts.update(account.id, { ...draft, voipbinCustomerId: null })
  const vietnamese = await chooseVietnamese(app)
  await vietnamese.getByRole('button', { name: 'Trực tiếp' }).click()
  const monitors = app.getByRole('list', { name: 'Tài khoản đang theo dõi' })
  await expect(monitors.getByRole('listitem').filter({ hasText: 'VoIPbin access key' })).toContainText(
    'Cập nhật tức thời đang tắt: token không cho biết khách hàng nào (đây là access key). Đang hỏi định kỳ mỗi 5 giây.',
    { timeout: 10_000 },
  )
  await snapshotOf(monitors, 'live-voipbin-push-off-vietnamese')
})
