import type { Locator, Page } from '@playwright/test'

import type { Harness } from '../../src/harness/harness-server'

import { chooseVietnamese, expect, snapshotOf, test } from './harness-fixture'

/** The demo's sandbox, to act as the provider's admin. */
function demo(harness: Harness) {
  const sandbox = harness.core.demo.current()?.sandbox
  if (!sandbox) throw new Error('the demo workspace is not running')
  return sandbox
}

async function startDemo(app: Page, harness: Harness) {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toBeVisible()
  harness.core.notificationPause.pause('until-resumed')
}

const nav = (app: Page, name: string) =>
  app.getByRole('navigation', { name: /^(Main|Chính)$/ }).getByRole('button', { name, exact: true })

/** Whether `below` starts at least `gap` pixels under `above`. */
async function gapBetween(above: Locator, below: Locator): Promise<number> {
  const [a, b] = await Promise.all([above.boundingBox(), below.boundingBox()])
  if (!a || !b) throw new Error('not on screen')
  return b.y - (a.y + a.height)
}

test("an agent's name and its Inactive badge stay apart, in English and Vietnamese", async ({ app, harness }) => {
  await startDemo(app, harness)
  await nav(app, 'Agents').click()
  await app.getByLabel('Status').selectOption('inactive')
  const firstName = app.getByRole('table', { name: 'AloHub agents' }).getByRole('rowheader').first()
  await expect(firstName).toContainText('Inactive')
  expect(await firstName.innerText()).toMatch(/\S Inactive$/)
  // The badge starts clear of the name: further right on the same line, or on a line below it.
  const apart = await firstName.evaluate((cell) => {
    const badge = cell.querySelector('.badge')
    const name = [...cell.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    if (!badge || !name) return false
    const range = document.createRange()
    range.selectNodeContents(name)
    const [text, mark] = [range.getBoundingClientRect(), badge.getBoundingClientRect()]
    return mark.top >= text.bottom - 1 || mark.left >= text.right + 4
  })
  expect(apart).toBe(true)
  await snapshotOf(app.getByRole('table', { name: 'AloHub agents' }), 'polish-agent-badge')

  const vi = await chooseVietnamese(app)
  await nav(app, 'Nhân viên').click()
  await vi.isVisible()
  await app.getByLabel('Trạng thái').selectOption('inactive')
  const tenThu = app.getByRole('table', { name: 'Nhân viên AloHub' }).getByRole('rowheader').first()
  expect(await tenThu.innerText()).toMatch(/\S Ngừng hoạt động$/)
})

test('Settings: the Language heading keeps its distance from the Appearance buttons', async ({ app }) => {
  await nav(app, 'Settings').click()
  const themes = app.getByRole('radiogroup', { name: 'Theme' })
  const language = app.getByText('Language', { exact: true }).first()
  expect(await gapBetween(themes, language)).toBeGreaterThanOrEqual(16)
  await snapshotOf(app.locator('section.card').first(), 'polish-settings-appearance')
})

test('AI agents: statuses in words, the executions table whole beside the detail, a read-only list says why', async ({
  app,
  harness,
}) => {
  await startDemo(app, harness)
  await nav(app, 'AI agents').click()
  await expect(app.getByRole('region', { name: 'Signed in to AgentHub' })).toBeVisible()
  await app.getByRole('button', { name: 'Executions', exact: true }).first().click()
  const table = app.getByRole('table', { name: 'AI agent executions' })
  await expect(table.getByRole('row').nth(1)).toContainText(/Succeeded|Error|Timed out/)
  await expect(table).not.toContainText(/\b(success|timeout)\b/)
  await table.getByRole('row').nth(1).getByRole('button').click()
  const detail = app.getByRole('region', { name: 'Execution detail' })
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(/ · (Succeeded|Error|Timed out)$/)
  // Nothing of the table is cut off at its card's edge.
  const card = app.getByRole('region', { name: 'Executions' })
  const clipped = await card.evaluate((element) => element.scrollWidth - element.clientWidth)
  expect(clipped).toBeLessThanOrEqual(1)
  await snapshotOf(app.locator('.executions'), 'polish-executions-detail')

  // The user becomes read-only; the list learns it from a refused write and says why next to it.
  await app.getByRole('button', { name: 'Overrides', exact: true }).click()
  demo(harness).apps.agenthub.setRole('viewer')
  const row = app
    .getByRole('table', { name: 'AI agent overrides' })
    .getByRole('row')
    .filter({ hasText: 'salesAssistant' })
  await row.getByRole('button', { name: 'Disable' }).click()
  await expect(row.getByRole('button', { name: 'Disable' })).toBeDisabled()
  const list = app.getByRole('region', { name: 'Overrides' })
  await expect(list.getByRole('note').filter({ hasText: 'Enable and Disable are off.' })).toContainText(
    'AgentHub refused to update override salesAssistant for this user (HTTP 403)',
  )
  await snapshotOf(list, 'polish-read-only-list')
})

test('the guardrails keep "Token budget" with its box', async ({ app, harness }) => {
  await startDemo(app, harness)
  await nav(app, 'AI agents').click()
  await app
    .getByRole('table', { name: 'AI agent overrides' })
    .getByRole('row')
    .filter({ hasText: 'salesAssistant' })
    .getByRole('button', { name: 'salesAssistant' })
    .click()
  const editor = app.getByRole('form', { name: 'Edit salesAssistant' })
  const [label, box] = await Promise.all([
    editor.getByText('Token budget', { exact: true }).boundingBox(),
    editor.getByLabel('Token budget').boundingBox(),
  ])
  if (!label || !box) throw new Error('not on screen')
  expect(Math.abs(label.y + label.height / 2 - (box.y + box.height / 2))).toBeLessThan(6)
  await snapshotOf(editor.getByText('Guardrails').locator('xpath=..'), 'polish-guardrails')
})

test('avatar languages by name, in the language shown', async ({ app, harness }) => {
  await startDemo(app, harness)
  await nav(app, 'AI agents').click()
  await app
    .getByRole('group', { name: 'AI agent accounts' })
    .getByRole('button', { name: 'Demo AI avatar platform' })
    .click()
  const list = app.getByRole('list', { name: 'Avatar agents, newest first' })
  await expect(list.getByRole('listitem').filter({ hasText: 'Assistant Voyages' })).toContainText('· French')
  await expect(list.getByRole('listitem').filter({ hasText: 'Asistente de Reservas' })).toContainText('· Spanish')
  await expect(list).not.toContainText(/· (fr|es)\b/)
  await snapshotOf(list, 'polish-avatar-languages')
  await chooseVietnamese(app)
  await nav(app, 'Trợ lý AI').click()
  await app
    .getByRole('group', { name: 'Tài khoản trợ lý AI' })
    .getByRole('button', { name: 'Demo AI avatar platform' })
    .click()
  const danhSach = app.getByRole('list', { name: 'Trợ lý avatar, mới nhất trước' })
  await expect(danhSach.getByRole('listitem').filter({ hasText: 'Assistant Voyages' })).toContainText('· Tiếng Pháp')
})

test('a VoIPbin address type reads whole in a narrow window', async ({ app, harness }) => {
  await app.setViewportSize({ width: 1000, height: 760 })
  await startDemo(app, harness)
  await nav(app, 'Agents').click()
  await app
    .getByRole('group', { name: 'Agent accounts' })
    .getByRole('button', { name: /^Demo VoIPbin/ })
    .click()
  await app
    .getByRole('table', { name: 'VoIPbin agents' })
    .getByRole('button', { name: /^Edit addresses of/ })
    .first()
    .click()
  const editor = app.getByRole('region', { name: /^Addresses of/ })
  await editor.getByRole('button', { name: 'Add address' }).click()
  const type = editor.getByRole('combobox').first()
  await type.selectOption('tel')
  // The option's text fits the box (with room for the arrow): nothing is cut off.
  const fits = await type.evaluate((select: HTMLSelectElement) => {
    const context = document.createElement('canvas').getContext('2d')
    if (!context) return false
    const style = getComputedStyle(select)
    context.font = style.font
    const text = context.measureText(select.selectedOptions[0]?.text ?? '').width
    // The padding on both sides and Chromium's arrow (drawn inside the content box) take room from the text.
    return text + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 28 <= select.clientWidth
  })
  expect(fits).toBe(true)
  await snapshotOf(editor, 'polish-address-type')
})

test('a saved notice about one agent goes when another agent is opened', async ({ app, harness }) => {
  await startDemo(app, harness)
  await nav(app, 'Agents').click()
  const hub = demo(harness).apps.alohub
  const [first, second] = hub.agents().filter((agent) => agent.callinQueueIds.length === 2)
  if (!first || !second) throw new Error('seed changed')
  const free = hub.queues().find((queue) => queue.kind === 'callin' && !first.callinQueueIds.includes(queue.id))
  const table = app.getByRole('table', { name: 'AloHub agents' })
  await table.getByRole('button', { name: new RegExp(`^Edit queues of ${first.agentId}`) }).click()
  const editor = app.getByRole('region', { name: new RegExp(`Queues of ${first.agentId}`) })
  await editor.getByLabel('Add queue').fill(String(free?.id))
  await editor.getByLabel('Add queue').press('Enter')
  await editor.getByRole('button', { name: 'Save callin queues' }).click()
  await expect(app.getByRole('status')).toContainText(`Queues of ${first.agentId} saved`)
  await table.getByRole('button', { name: new RegExp(`^Edit queues of ${second.agentId}`) }).click()
  await expect(app.getByRole('region', { name: new RegExp(`Queues of ${second.agentId}`) })).toBeVisible()
  await expect(app.getByText(`Queues of ${first.agentId} saved`)).toHaveCount(0)
})

test('the Live filter note is worded by the roles monitored: an agent account is not told supervisors hear every call', async ({
  app,
  harness,
}) => {
  await startDemo(app, harness)
  const note = app.getByRole('form', { name: 'Call filter' })
  await expect(note).toContainText('Supervisor accounts notify you of every call.')
  // An agent's own account beside the demo's supervisor accounts (its key goes to the keychain).
  await harness.core.accounts.create(
    {
      provider: 'alohub',
      label: 'My extension',
      baseUrl: demo(harness).baseUrls.alohub,
      tenantId: null,
      role: { kind: 'agent', extension: '082018' },
      polling: { enabled: true, intervalSeconds: 5 },
    },
    demo(harness).credentials.alohub.apiKey,
  )
  await expect(note).toContainText(
    'Supervisor accounts notify you of every call; agent accounts, of calls to your own extension.',
  )
  // Only the agent account is left.
  await app.getByRole('button', { name: 'Leave the demo' }).click()
  await expect(note).toContainText(
    'Agent accounts notify you of calls to your own extension; this filter applies to supervisor accounts only.',
  )
  await expect(note).not.toContainText('Supervisor accounts notify you of every call')
  await snapshotOf(note, 'polish-live-filter-agent')
})
