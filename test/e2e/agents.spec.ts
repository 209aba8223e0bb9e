import type { Page } from '@playwright/test'

import type { Harness } from '../../src/harness/harness-server'

import { expect, snapshot, snapshotOf, test } from './harness-fixture'

/** The demo's AloHub sandbox, to act as "someone else" and to read what was sent. */
function aloHub(harness: Harness) {
  const demo = harness.core.demo.current()
  if (!demo) throw new Error('the demo workspace is not running')
  return { app: demo.sandbox.apps.alohub, served: demo.sandbox.served.alohub }
}

async function openAgents(app: Page, harness: Harness) {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toBeVisible()
  // The demo's calls ring all the time; their in-page notifications would sit over the table.
  harness.core.notificationPause.pause('until-resumed')
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Agents', exact: true }).click()
  await expect(app.getByRole('table', { name: 'AloHub agents' })).toBeVisible()
}

const agentRow = (app: Page, agentId: string) =>
  app.getByRole('table', { name: 'AloHub agents' }).getByRole('row').filter({ hasText: agentId })

test('agents are filtered by status and queue, and searched by name', async ({ app, harness }) => {
  await openAgents(app, harness)
  const agents = aloHub(harness).app.agents()
  const heading = app.getByRole('heading', { name: /^Agents/, level: 2 })
  await expect(heading).toContainText(String(agents.length))
  await app.getByLabel('Status').selectOption('inactive')
  const inactive = agents.filter((agent) => agent.status === 0)
  await expect(heading).toContainText(String(inactive.length))
  await app.getByLabel('Status').selectOption('all')
  await snapshot(app, 'agents-list')
})

test('a queue filter asks AloHub, a search finds a name in any case', async ({ app, harness }) => {
  await openAgents(app, harness)
  const agents = aloHub(harness).app.agents()
  const queueId = agents[0]?.callinQueueIds[0] ?? -1
  const inQueue = agents.filter((agent) => agent.callinQueueIds.includes(queueId))
  await app.getByLabel('Queue', { exact: true }).selectOption(String(queueId))
  const heading = app.getByRole('heading', { name: /^Agents/, level: 2 })
  await expect(heading).toContainText(String(inQueue.length))
  expect(aloHub(harness).served.requests.some((request) => request.query.includes(`queue_id=${queueId}`))).toBe(true)
  await app.getByLabel('Queue', { exact: true }).selectOption('')
  const named = agents[5]
  await app.getByRole('searchbox', { name: 'Search' }).fill((named?.userName ?? '').toUpperCase())
  await expect(agentRow(app, named?.agentId ?? '')).toBeVisible()
  await expect(heading).toContainText('matching')
})

test('queues: adding shows what changes; removing asks first; a change made elsewhere is shown, not overwritten', async ({
  app,
  harness,
}) => {
  await openAgents(app, harness)
  const hub = aloHub(harness)
  const agent = hub.app.agents().find((candidate) => candidate.callinQueueIds.length === 2)
  if (!agent) throw new Error('seed changed')
  const free = hub.app.queues().filter((queue) => queue.kind === 'callin' && !agent.callinQueueIds.includes(queue.id))
  const [toAdd, theirs] = free
  await agentRow(app, agent.agentId)
    .getByRole('button', { name: /^Edit queues of/ })
    .click()
  const editor = app.getByRole('region', { name: new RegExp(`Queues of ${agent.agentId}`) })
  await expect(editor.getByRole('heading', { level: 2 })).toBeFocused()

  // Add: bad input is refused in words and kept; a good id shows in "what saving changes".
  await editor.getByLabel('Add queue').fill('12a')
  await editor.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(editor).toContainText('A queue id is digits only')
  await expect(editor.getByLabel('Add queue')).toHaveValue('12a')
  await editor.getByLabel('Add queue').fill(String(toAdd?.id))
  await editor.getByLabel('Add queue').press('Enter')
  await expect(editor.getByRole('region', { name: 'What saving changes' })).toContainText(`Add ${toAdd?.id}`)
  await editor.getByRole('button', { name: 'Save callin queues' }).click()
  await expect(app.getByRole('status')).toContainText(`Queues of ${agent.agentId} saved: added ${toAdd?.id}`)
  expect([...agent.callinQueueIds].sort()).toEqual(
    [...agent.callinQueueIds, toAdd?.id].filter((id, index, all) => all.indexOf(id) === index).sort(),
  )
  expect(agent.callinQueueIds).toHaveLength(3)

  // Remove: nothing is sent until the user agrees.
  const removed = agent.callinQueueIds[0] ?? -1
  await editor.getByRole('button', { name: new RegExp(`^Remove queue ${removed}`) }).click()
  const putsBefore = hub.served.requests.filter((request) => request.method === 'PUT').length
  await editor.getByRole('button', { name: 'Save callin queues' }).click()
  const confirm = editor.getByRole('alertdialog')
  await expect(confirm).toContainText('Remove this queue')
  expect(hub.served.requests.filter((request) => request.method === 'PUT')).toHaveLength(putsBefore)
  await snapshotOf(editor, 'agents-queue-confirm')
  await confirm.getByRole('button', { name: 'Remove and save' }).click()
  await expect(app.getByRole('status')).toContainText(`removed ${removed}`)
  expect(agent.callinQueueIds).not.toContain(removed)

  // Someone else adds a queue meanwhile: saving shows both lists and sends nothing.
  await editor
    .getByRole('button', { name: /^Remove queue/ })
    .first()
    .click()
  hub.app.replaceQueuesElsewhere(agent.agentId, [...agent.callinQueueIds, theirs?.id ?? -1])
  const putsThen = hub.served.requests.filter((request) => request.method === 'PUT').length
  await editor.getByRole('button', { name: 'Save callin queues' }).click()
  const conflict = editor.getByRole('alert').filter({ hasText: 'Someone changed these queues' })
  await expect(conflict).toContainText(String(theirs?.id))
  expect(hub.served.requests.filter((request) => request.method === 'PUT')).toHaveLength(putsThen)
  await snapshotOf(editor, 'agents-queue-conflict')
  await conflict.getByRole('button', { name: 'Use theirs and discard mine' }).click()
  await expect(editor.getByRole('list', { name: 'Callin queues after saving' })).toContainText(String(theirs?.id))
  expect(agent.callinQueueIds).toContain(theirs?.id)
})

test('recording: the app says what it set and when, and "Unknown" otherwise', async ({ app, harness }) => {
  await openAgents(app, harness)
  const agent = aloHub(harness).app.agents()[2]
  const row = agentRow(app, agent?.agentId ?? '')
  await expect(row).toContainText('Unknown')
  await row.getByRole('button', { name: /^Turn recording on/ }).click()
  await expect(row).toContainText(/Last set to on by you at \d/)
  expect(agent?.recording).toBe(true)
  await app.reload()
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Agents', exact: true }).click()
  await expect(agentRow(app, agent?.agentId ?? '')).toContainText(/Last set to on by you at \d/)
  await snapshot(app, 'agents-recording')
})

test('bulk: a queue is removed from many agents, confirmed first, with progress and per-agent results', async ({
  app,
  harness,
}) => {
  await openAgents(app, harness)
  const hub = aloHub(harness)
  const table = app.getByRole('table', { name: 'AloHub agents' })
  const first = hub.app.agents().slice(0, 8)
  for (const agent of first) await table.getByRole('checkbox', { name: new RegExp(`^Select ${agent.agentId}`) }).check()
  const panel = app.getByRole('region', { name: /Change 8 selected agents/ })
  await panel.getByLabel('Change', { exact: true }).selectOption('removeQueue')
  await panel.getByRole('button', { name: 'Start' }).click()
  await expect(panel).toContainText('Enter the queue id')
  const queue = hub.app
    .queues()
    .find(
      (candidate) =>
        candidate.kind === 'callin' &&
        first.some((agent) => agent.callinQueueIds.length === 1 && agent.callinQueueIds[0] === candidate.id),
    )
  await panel.getByLabel('Queue').fill(String(queue?.id))
  await panel.getByRole('button', { name: 'Start' }).click()
  await expect(panel.getByRole('alertdialog')).toContainText('Agents for whom it is the only callin queue are skipped')
  await panel.getByRole('button', { name: /^Yes, remove from queue/ }).click()
  const progress = panel.getByRole('region', { name: 'Bulk change progress' })
  await expect(progress).toContainText('Finished.')
  await expect(progress.getByRole('table', { name: 'Agents that need a look' })).toContainText('Skipped')
  await snapshotOf(panel, 'agents-bulk')
  expect(hub.served.requests.filter((request) => request.outcome === 429)).toEqual([])
  // The job lives in the main process: leaving the screen and coming back shows it again.
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Live' }).click()
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Agents', exact: true }).click()
  await expect(app.getByRole('region', { name: 'Bulk change progress' })).toContainText('Finished.')
})

test.describe('a tenant of 10,000 agents', () => {
  test.use({ demoSize: { alohubAgents: 10_000 } })

  test('loads page by page to the total and keeps only the rows in view in the page', async ({ app, harness }) => {
    await openAgents(app, harness)
    const heading = app.getByRole('heading', { name: /^Agents/, level: 2 })
    await expect(heading).toHaveText('Agents 10,000', { timeout: 20_000 })
    const table = app.getByRole('table', { name: 'AloHub agents' })
    await expect(table).toHaveAttribute('aria-rowcount', '10001')
    // Scrolled to the end, the last agent is there and the page still holds a few dozen rows.
    const last = aloHub(harness).app.agents().at(-1)
    await app.locator('.agent-scroll').evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
    await expect(agentRow(app, last?.agentId ?? '')).toBeVisible()
    expect(await table.locator('tbody tr').count()).toBeLessThan(60)
    await snapshot(app, 'agents-10000')
  })
})

test("keyboard only: open an agent's queues, add one and save without the mouse", async ({ app, harness }) => {
  await openAgents(app, harness)
  const hub = aloHub(harness)
  const agent = hub.app.agents().find((candidate) => candidate.callinQueueIds.length === 1)
  const free = hub.app.queues().find((queue) => queue.kind === 'callin' && !agent?.callinQueueIds.includes(queue.id))
  if (!agent || !free) throw new Error('seed changed')
  const tabTo = async (label: RegExp) => {
    for (let presses = 0; presses < 30; presses += 1) {
      const focused = await app.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
      )
      if (label.test(focused)) return
      await app.keyboard.press('Tab')
    }
    throw new Error(`Tab never reached ${label}`)
  }
  await agentRow(app, agent.agentId)
    .getByRole('button', { name: /^Edit queues of/ })
    .focus()
  await app.keyboard.press('Enter')
  const editor = app.getByRole('region', { name: new RegExp(`Queues of ${agent.agentId}`) })
  await expect(editor.getByRole('heading', { level: 2 })).toBeFocused()
  await app.keyboard.press('Tab')
  await expect(editor.getByRole('button', { name: 'Close the queue editor' })).toBeFocused()
  await app.keyboard.press('Tab')
  await app.keyboard.press('Tab')
  await expect(editor.getByLabel('Add queue')).toBeFocused()
  await app.keyboard.type(String(free.id))
  await app.keyboard.press('Enter')
  await expect(editor.getByRole('list', { name: 'Callin queues after saving' })).toContainText(String(free.id))
  await tabTo(/^Save callin queues$/)
  await app.keyboard.press('Enter')
  await expect(app.getByRole('status')).toContainText(`added ${free.id}`)
  expect(agent.callinQueueIds).toContain(free.id)
})

test('in Vietnamese: the agents table, the queue editor and a bulk change', async ({ app, harness }) => {
  harness.core.settings.update({ language: 'vi' })
  await app.reload()
  await app.getByRole('button', { name: 'Dùng thử không gian demo' }).click()
  harness.core.notificationPause.pause('until-resumed')
  await app.getByRole('navigation', { name: 'Chính' }).getByRole('button', { name: 'Nhân viên', exact: true }).click()
  const table = app.getByRole('table', { name: 'Nhân viên AloHub' })
  await expect(table.getByRole('columnheader', { name: 'Hàng đợi gọi vào' })).toBeVisible()
  await expect(table).toContainText('Chưa rõ')
  await table
    .getByRole('button', { name: /^Sửa hàng đợi của/ })
    .first()
    .click()
  const editor = app.getByRole('region', { name: /^Hàng đợi của/ })
  await editor.getByLabel('Thêm hàng đợi').fill('abc')
  await editor.getByRole('button', { name: 'Thêm', exact: true }).click()
  await expect(editor).toContainText('Mã hàng đợi chỉ gồm chữ số')
  await snapshotOf(editor, 'agents-vietnamese-editor')
  await table.getByRole('checkbox').nth(1).check()
  const panel = app.getByRole('region', { name: /Thay đổi 1 nhân viên đã chọn/ })
  await panel.getByLabel('Thay đổi', { exact: true }).selectOption('recordingOn')
  await panel.getByRole('button', { name: 'Bắt đầu' }).click()
  await expect(panel.getByRole('region', { name: 'Tiến độ thay đổi hàng loạt' })).toContainText('Hoàn tất.')
  await expect(table).toContainText(/Bạn đã bật lúc \d/)
  await snapshot(app, 'agents-vietnamese')
})
