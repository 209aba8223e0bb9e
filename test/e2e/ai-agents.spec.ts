import type { Page } from '@playwright/test'

import type { Harness } from '../../src/harness/harness-server'

import { chooseVietnamese, expect, snapshot, snapshotOf, test } from './harness-fixture'

/** The demo's AgentHub sandbox, to act as "someone else" and to read what was sent. */
function agentHub(harness: Harness) {
  const demo = harness.core.demo.current()
  if (!demo) throw new Error('the demo workspace is not running')
  return { app: demo.sandbox.apps.agenthub, served: demo.sandbox.served.agenthub }
}

async function openAiAgents(app: Page, harness: Harness) {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  // The demo's calls ring all the time; their in-page notifications would sit over the table's buttons.
  harness.core.notificationPause.pause('until-resumed')
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toBeVisible()
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'AI agents' }).click()
  await expect(app.getByRole('region', { name: 'Signed in to AgentHub' })).toContainText('Trần Thị Lan')
}

const overrideRow = (app: Page, name: string) =>
  app.getByRole('table', { name: 'AI agent overrides' }).getByRole('row').filter({ hasText: name })

test('editing an override shows exactly what will change and sends only that', async ({ app, harness }) => {
  await openAiAgents(app, harness)
  await overrideRow(app, 'bookingAgent').getByRole('button', { name: 'bookingAgent' }).click()
  const editor = app.getByRole('form', { name: 'Edit bookingAgent' })
  await editor.getByLabel('Temperature').fill('1.2')
  await editor.getByRole('searchbox', { name: 'Search tools' }).fill('transfer')
  await expect(editor.getByRole('group', { name: /^Service / })).toHaveCount(1)
  await editor.getByRole('group', { name: 'Service telephony' }).getByRole('checkbox').first().check()
  await editor.getByRole('button', { name: 'Review changes' }).click()
  const review = editor.getByRole('region', { name: 'Changes to save' })
  await expect(review.getByRole('row')).toHaveCount(3)
  await expect(review).toContainText('Temperature')
  await expect(review).toContainText('Tools')
  await snapshotOf(review, 'ai-agents-review')
  await editor.getByRole('button', { name: 'Save 2 changes' }).click()
  await expect(app.getByRole('status')).toContainText('bookingAgent saved')
  const patch = agentHub(harness)
    .served.requests.filter((request) => request.method === 'PATCH')
    .at(-1)
  expect(Object.keys(JSON.parse(patch?.body ?? '{}')).sort()).toEqual(['selectedTools', 'temperature'])
  await expect(overrideRow(app, 'bookingAgent')).toContainText('1.2')
})

test('bad values are refused in plain words, the typing stays, and stale tools are kept and flagged', async ({
  app,
  harness,
}) => {
  await openAiAgents(app, harness)
  await overrideRow(app, 'billingHelper').getByRole('button', { name: 'billingHelper' }).click()
  const editor = app.getByRole('form', { name: 'Edit billingHelper' })
  await expect(editor.getByRole('list', { name: 'Tools no longer in the catalog' })).toContainText(
    'billing:legacyBalance',
  )
  await editor.getByLabel('Temperature').fill('3')
  await editor.getByLabel('Max tool calls').fill('-2')
  await editor.getByLabel('Max tokens').fill('12.5')
  await editor.getByRole('button', { name: 'Review changes' }).click()
  await expect(editor).toContainText('Temperature must be between 0 and 2')
  await expect(editor).toContainText('Max tool calls must be 0 or more')
  await expect(editor).toContainText('Max tokens must be a whole number')
  await expect(editor.getByLabel('Temperature')).toHaveValue('3')
  await expect(editor.getByLabel('Temperature')).toHaveAttribute('aria-invalid', 'true')
  await snapshotOf(editor.getByRole('group').first(), 'ai-agents-validation')
  // Fixed as the user types.
  await editor.getByLabel('Temperature').fill('0.9')
  await expect(editor).not.toContainText('Temperature must be between 0 and 2')
})

test('a change made elsewhere meanwhile is shown, and overwriting keeps their other changes', async ({
  app,
  harness,
}) => {
  await openAiAgents(app, harness)
  await overrideRow(app, 'supportTriage').getByRole('button', { name: 'supportTriage' }).click()
  const editor = app.getByRole('form', { name: 'Edit supportTriage' })
  await editor.getByLabel('Max tokens').fill('777')
  const hub = agentHub(harness)
  const record = hub.app.overrides().find((override) => override.agentName === 'supportTriage')
  hub.app.touchOverride(record?.id ?? '', { model: 'gpt-4.1' })
  await editor.getByRole('button', { name: 'Review changes' }).click()
  await editor.getByRole('button', { name: 'Save 1 change' }).click()
  const conflict = editor.getByRole('alert').filter({ hasText: 'was changed elsewhere' })
  await expect(conflict).toContainText('gpt-4.1')
  await expect(conflict).toContainText('777')
  await snapshotOf(conflict, 'ai-agents-conflict')
  await editor.getByRole('button', { name: 'Overwrite with mine' }).click()
  await expect(app.getByRole('status')).toContainText('supportTriage saved')
  const now = hub.app.overrides().find((override) => override.agentName === 'supportTriage')
  expect(now).toMatchObject({ model: 'gpt-4.1', maxTokens: 777 })
})

test('actions follow what AgentHub says: its own permission list, a 403 remembered with its reason, Check again, and an API-named no', async ({
  app,
  harness,
}) => {
  await openAiAgents(app, harness)
  const hub = agentHub(harness)
  const identity = app.getByRole('region', { name: 'Signed in to AgentHub' })
  await identity.getByText('Permissions from AgentHub (2)').click()
  const records = identity.getByRole('list', { name: 'Permissions from AgentHub' }).getByRole('listitem')
  await expect(records).toHaveCount(2)
  await expect(records.filter({ hasText: 'agentHub.manage' })).toContainText('allowed · role supervisor · tenant demo')
  await expect(records.filter({ hasText: 'adminPanel.access' })).toContainText('not allowed')
  await snapshotOf(identity, 'ai-agents-permissions')

  // adminPanel.access says no but names no API of this screen: nothing is off, nothing pre-denied.
  await expect(app.getByRole('button', { name: 'New override' })).toBeEnabled()
  await expect(overrideRow(app, 'salesAssistant').getByRole('button', { name: 'Delete' })).toBeEnabled()

  await app.getByRole('button', { name: 'New override' }).click()
  const form = app.getByRole('form', { name: 'New AI agent override' })
  await form.getByRole('button', { name: 'Create override' }).click()
  await expect(form).toContainText('Give the AI agent a name')
  await form.getByLabel('Name', { exact: true }).fill('refundHelper')
  await form.getByLabel('Provider').fill('anthropic')
  await form.getByLabel('Model').fill('claude-haiku')
  await form.getByLabel('Temperature').fill('0.3')
  await form.getByRole('button', { name: 'Create override' }).click()
  await expect(app.getByRole('status')).toContainText('refundHelper saved')

  await overrideRow(app, 'refundHelper').getByRole('button', { name: 'Delete' }).click()
  await overrideRow(app, 'refundHelper').getByRole('button', { name: 'Delete refundHelper' }).click()
  await expect(overrideRow(app, 'refundHelper')).toContainText('Deleted')
  await expect(overrideRow(app, 'refundHelper').getByRole('button', { name: 'refundHelper' })).toBeDisabled()
  await snapshot(app, 'ai-agents-list')

  // AgentHub's admin makes the user a viewer. Nothing the app reads says so; the 403 does.
  hub.app.setRole('viewer')
  const sales = overrideRow(app, 'salesAssistant')
  await sales.getByRole('button', { name: 'Disable' }).click()
  await expect(app.getByRole('alert').filter({ hasText: 'HTTP 403' })).toContainText(
    'The role viewer may not call updateAgentOverride',
  )
  const reason =
    'AgentHub refused to update override salesAssistant for this user (HTTP 403): The role viewer may not call updateAgentOverride'
  await expect(sales.getByRole('button', { name: 'Disable' })).toBeDisabled()
  await expect(sales.getByRole('button', { name: 'Disable' })).toHaveAttribute('title', reason)
  // Only what was refused is off.
  await expect(app.getByRole('button', { name: 'New override' })).toBeEnabled()
  await sales.getByRole('button', { name: 'salesAssistant' }).click()
  const editor = app.getByRole('form', { name: 'Edit salesAssistant' })
  await expect(editor.getByRole('note')).toHaveText(`This is a read-only view. ${reason}`)
  await snapshot(app, 'ai-agents-refused')
  expect(hub.app.overrides().find((override) => override.agentName === 'salesAssistant')?.enabled).toBe(true)

  // The admin gives the role back; Check again forgets the refusal and the action returns.
  hub.app.setRole('supervisor')
  // Read-only, the editor offers Close rather than Cancel.
  await editor.getByRole('button', { name: 'Close', exact: true }).click()
  await identity.getByRole('button', { name: 'Check again' }).click()
  await expect(sales.getByRole('button', { name: 'Disable' })).toBeEnabled()
  await sales.getByRole('button', { name: 'Disable' }).click()
  await expect(sales).toContainText('Off')

  // A server that names its permissions after its APIs (the sandbox's opt-in, as AgentDesk assumes):
  // a record named exactly deleteAgentOverride says no, the app turns Delete off, and the server agrees.
  hub.app.setPermissionsNamedAfterApis(true)
  hub.app.setPermission('deleteAgentOverride', false)
  await identity.getByRole('button', { name: 'Check again' }).click()
  await expect(records.filter({ hasText: 'deleteAgentOverride' })).toContainText('not allowed · user ')
  const deleteButton = sales.getByRole('button', { name: 'Delete' })
  await expect(deleteButton).toBeDisabled()
  await expect(deleteButton).toHaveAttribute(
    'title',
    'AgentHub lists deleteAgentOverride as not allowed for this user.',
  )
  const salesId = hub.app.overrides().find((override) => override.agentName === 'salesAssistant')?.id ?? ''
  const demo = harness.core.demo.current()
  const refused = await fetch(`${hub.served.origin}/v1/agentoverride/${salesId}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${demo?.sandbox.credentials.agenthub.token ?? ''}` },
  })
  expect(refused.status).toBe(403)

  // AgentHub stops listing permissions: the screen stays usable, says why, and turns nothing off for it.
  hub.app.failPermissionsList(403)
  await identity.getByRole('button', { name: 'Check again' }).click()
  await expect(identity).toContainText('Permissions from AgentHub (not listed)')
  await expect(identity.getByRole('note')).toContainText(
    'AgentHub did not list permissions: AgentHub refused: the credentials lack permission for this (HTTP 403): permissions are not listed.',
  )
  await expect(deleteButton).toBeEnabled()
  await snapshotOf(identity, 'ai-agents-permissions-unlisted')
})

test('executions: from an override, filtered, paged, and one read in full', async ({ app, harness }) => {
  await openAiAgents(app, harness)
  await overrideRow(app, 'billingHelper').getByRole('button', { name: 'Executions' }).click()
  const filter = app.getByRole('form', { name: 'Execution filter' })
  await expect(filter.getByLabel('AI agent')).toHaveValue('billingHelper')
  const table = app.getByRole('table', { name: 'AI agent executions' })
  await expect(table.getByRole('row').nth(1)).toContainText('billingHelper')
  // Every row, once the table has settled (read row by row, a row still being replaced would be the old one's).
  const everyRow = (text: string) => async () =>
    (await table.getByRole('row').allInnerTexts()).slice(1).every((row) => row.includes(text))
  await expect.poll(everyRow('billingHelper')).toBe(true)
  await filter.getByRole('button', { name: 'Clear' }).click()
  await expect(filter.getByLabel('AI agent')).toHaveValue('')
  const pages = app.getByRole('navigation', { name: 'Execution pages' })
  await expect(pages).toContainText('Page 1 of')
  await pages.getByRole('button', { name: 'Next' }).click()
  await expect(pages).toContainText('Page 2 of')
  await filter.getByLabel('Status').selectOption('error')
  // Statuses in words, not AgentHub's raw lowercase codes.
  await expect(table.getByRole('row').nth(1)).toContainText('Error')
  await expect.poll(everyRow('Error')).toBe(true)
  await table.getByRole('row').nth(1).getByRole('button').click()
  const detail = app.getByRole('region', { name: 'Execution detail' })
  await expect(detail).toContainText('Tokens')
  await expect(detail.getByRole('note')).not.toBeEmpty()
  await expect(detail).toContainText('Input')
  await snapshot(app, 'ai-agents-executions')
})

test('an override is switched off and on from the list, and reloading theirs discards my edits', async ({
  app,
  harness,
}) => {
  await openAiAgents(app, harness)
  const row = overrideRow(app, 'salesAssistant')
  await row.getByRole('button', { name: 'Disable' }).click()
  await expect(row).toContainText('Off')
  await expect(row.getByRole('button', { name: 'Enable' })).toBeVisible()
  const hub = agentHub(harness)
  expect(hub.app.overrides().find((override) => override.agentName === 'salesAssistant')?.enabled).toBe(false)

  await row.getByRole('button', { name: 'salesAssistant' }).click()
  const editor = app.getByRole('form', { name: 'Edit salesAssistant' })
  await editor.getByLabel('Temperature').fill('1.9')
  const record = hub.app.overrides().find((override) => override.agentName === 'salesAssistant')
  hub.app.touchOverride(record?.id ?? '', { temperature: 0.6 })
  await editor.getByRole('button', { name: 'Review changes' }).click()
  await editor.getByRole('button', { name: 'Save 1 change' }).click()
  await editor.getByRole('button', { name: 'Discard mine and reload theirs' }).click()
  await expect(editor.getByLabel('Temperature')).toHaveValue('0.6')
  await expect(editor.getByRole('button', { name: 'Review changes' })).toBeVisible()
})

test('avatar agents: newest first, with their figures and pictures fetched through the app', async ({
  app,
  harness,
}) => {
  await openAiAgents(app, harness)
  await app
    .getByRole('group', { name: 'AI agent accounts' })
    .getByRole('button', { name: 'Demo AI avatar platform' })
    .click()
  const list = app.getByRole('list', { name: 'Avatar agents, newest first' })
  await expect(list.getByRole('listitem').first()).toContainText('Sessions')
  const cards = await list.getByRole('listitem').all()
  expect(cards.length).toBeGreaterThan(3)
  await expect(list.getByRole('img', { name: /^Avatar of / }).first()).toBeVisible()
  await expect(list.getByRole('img', { name: /^No picture for / }).first()).toBeVisible()
  const sources = await list.locator('img').evaluateAll((images) => images.map((image) => image.getAttribute('src')))
  expect(sources.every((source) => source?.startsWith('data:image/'))).toBe(true)
  await snapshotOf(list, 'ai-agents-avatars')
})

test('in Vietnamese: the overrides, an override editor and the avatar agents read in Vietnamese', async ({
  app,
  harness,
}) => {
  // Tall enough for the whole editor in one picture.
  await app.setViewportSize({ width: 1200, height: 2000 })
  const nav = await chooseVietnamese(app)
  await nav.getByRole('button', { name: 'Trực tiếp' }).click()
  await app.getByRole('button', { name: 'Dùng thử không gian demo' }).click()
  harness.core.notificationPause.pause('until-resumed')
  await expect(app.getByRole('button', { name: 'Rời demo' })).toBeVisible()
  await nav.getByRole('button', { name: 'Trợ lý AI' }).click()
  await expect(app.getByRole('region', { name: 'Đã đăng nhập AgentHub' })).toContainText('vai trò')

  const overrides = app.getByRole('region', { name: 'Ghi đè' })
  const row = overrides.getByRole('table', { name: 'Ghi đè của trợ lý AI' }).getByRole('row').filter({
    hasText: 'billingHelper',
  })
  await expect(row.getByRole('button', { name: 'Lần chạy' })).toBeVisible()
  await expect(overrides.getByRole('button', { name: 'Xóa', exact: true }).first()).toBeEnabled()
  const identity = app.getByRole('region', { name: 'Đã đăng nhập AgentHub' })
  await expect(identity.getByRole('button', { name: 'Kiểm tra lại' })).toHaveAttribute(
    'title',
    'Đọc lại thông tin người dùng và quyền của bạn từ AgentHub, rồi thử lại những gì AgentHub đã từ chối trước đó.',
  )
  await identity.getByText('Quyền từ AgentHub (2)').click()
  await expect(
    identity
      .getByRole('list', { name: 'Quyền từ AgentHub' })
      .getByRole('listitem')
      .filter({ hasText: 'agentHub.manage' }),
  ).toContainText('được phép · vai trò supervisor · đơn vị demo')
  await snapshotOf(identity, 'ai-agents-vietnamese-permissions')
  await snapshot(app, 'ai-agents-vietnamese-list')

  await row.getByRole('button', { name: 'billingHelper' }).click()
  const editor = app.getByRole('form', { name: 'Sửa billingHelper' })
  await expect(editor.getByLabel('Nhiệt độ')).toHaveValue('0,7')
  await expect(editor.getByRole('list', { name: 'Công cụ không còn trong danh mục' })).toContainText(
    'billing:legacyBalance',
  )
  await expect(editor.getByRole('searchbox', { name: 'Tìm công cụ' })).toBeVisible()
  await snapshotOf(editor, 'ai-agents-vietnamese-editor')
  await editor.getByLabel('Nhiệt độ').fill('1,4')
  await editor.getByRole('button', { name: 'Xem lại thay đổi' }).click()
  const review = editor.getByRole('region', { name: 'Các thay đổi sẽ lưu' })
  await expect(review).toContainText('0,7')
  await expect(review).toContainText('1,4')
  await expect(editor.getByRole('button', { name: 'Lưu 1 thay đổi' })).toBeVisible()
  await snapshotOf(editor, 'ai-agents-vietnamese-review')
  await editor.getByRole('button', { name: 'Hủy' }).click()

  await app.getByRole('navigation', { name: 'Các mục của trợ lý AI' }).getByRole('button', { name: 'Lần chạy' }).click()
  const runs = app.getByRole('table', { name: 'Các lần chạy của trợ lý AI' })
  await runs.getByRole('row').nth(1).getByRole('button').click()
  await expect(app.getByRole('region', { name: 'Chi tiết lần chạy' })).toContainText('Đầu vào')
  await expect(app.getByRole('navigation', { name: 'Các trang lần chạy' })).toContainText('Trang 1 / ')
  await snapshot(app, 'ai-agents-vietnamese-executions')

  await app
    .getByRole('group', { name: 'Tài khoản trợ lý AI' })
    .getByRole('button', { name: 'Demo AI avatar platform' })
    .click()
  const avatars = app.getByRole('list', { name: 'Trợ lý avatar, mới nhất trước' })
  await expect(avatars.getByRole('listitem').first()).toContainText('Số phiên')
  await expect(avatars.getByRole('img', { name: /^Ảnh đại diện của / }).first()).toBeVisible()
  await expect(avatars.getByRole('img', { name: /^Chưa có ảnh cho / }).first()).toBeVisible()
  await snapshotOf(avatars, 'ai-agents-vietnamese-avatars')
})
