import type { Page } from '@playwright/test'

import type { Harness } from '../../src/harness/harness-server'

import { chooseVietnamese, expect, snapshotOf, test } from './harness-fixture'

/** The demo's AloHub sandbox, whose faults stand for a server that fails, hangs or asks to slow down. */
function aloHub(harness: Harness) {
  const sandbox = harness.core.demo.current()?.sandbox
  if (!sandbox) throw new Error('the demo workspace is not running')
  return { app: sandbox.apps.alohub, served: sandbox.served.alohub }
}

async function startDemo(app: Page, harness: Harness) {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toBeVisible()
  harness.core.notificationPause.pause('until-resumed')
}

const nav = (app: Page, name: string) =>
  app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true })
const agentsList = (app: Page) => app.getByRole('region', { name: /^Agents/ })
const agentsTable = (app: Page) => app.getByRole('table', { name: 'AloHub agents' })
const screenReads = (harness: Harness) =>
  aloHub(harness).served.requests.filter(
    (request) => request.path === '/v1/agents' && request.query.includes('size=500'),
  )

test('a failed list offers Try again, says no "no agents" beside the failure, and recovers by itself with the server', async ({
  app,
  harness,
}) => {
  test.setTimeout(60_000)
  await startDemo(app, harness)
  // Every request fails (the monitor's polls take their share too) until the server recovers.
  aloHub(harness).served.faults.inject({ kind: 'status', status: 503 }, 100_000)
  await nav(app, 'Agents').click()
  const failure = agentsList(app).getByRole('alert')
  await expect(failure).toContainText('AloHub had a problem of its own (HTTP 503)')
  await expect(failure.getByRole('button', { name: 'Try again' })).toBeVisible()
  // A failed list has not said it is empty: neither empty text shows beside the failure.
  await expect(agentsList(app)).not.toContainText('No agents match this filter.')
  await expect(agentsList(app)).not.toContainText('AloHub lists no agents')
  await expect(failure).toContainText(/Trying again by itself in \d+ s\./)
  await snapshotOf(agentsList(app), 'list-failed')

  const asked = screenReads(harness).length
  await failure.getByRole('button', { name: 'Try again' }).click()
  await expect.poll(() => screenReads(harness).length).toBeGreaterThan(asked)
  await expect(failure).toContainText('HTTP 503')

  // The server recovers; nobody touches the screen: the list reads itself again and shows the agents.
  aloHub(harness).served.faults.clear()
  await expect(agentsTable(app)).toBeVisible({ timeout: 20_000 })
  await expect(agentsList(app).getByRole('alert')).toHaveCount(0)
})

test('while AloHub fails, the Queue filter keeps the queues last seen, and a filtered list says it matches nothing only when it does', async ({
  app,
  harness,
}) => {
  await startDemo(app, harness)
  // A queue no inactive agent is in, so "Inactive" and that queue match nobody.
  const hub = aloHub(harness).app
  const onlyActive = hub.queues().find((queue) => queue.kind === 'callin')?.id ?? -1
  for (const agent of hub.agents().filter((candidate) => candidate.status === 0)) {
    const others = agent.callinQueueIds.filter((id) => id !== onlyActive)
    if (others.length < agent.callinQueueIds.length) hub.replaceQueuesElsewhere(agent.agentId, others)
  }
  await nav(app, 'Agents').click()
  await expect(agentsTable(app)).toBeVisible()
  const queueFilter = app.getByLabel('Queue', { exact: true })
  const options = await queueFilter.locator('option').count()
  expect(options).toBeGreaterThan(2)

  aloHub(harness).served.faults.inject({ kind: 'status', status: 503 }, 100_000)
  await app.getByLabel('Status').selectOption('inactive')
  await expect(agentsList(app).getByRole('alert')).toContainText('HTTP 503')
  await expect(queueFilter.locator('option')).toHaveCount(options)
  // Another account and back: the view starts afresh, the queues seen stay.
  await app
    .getByRole('group', { name: 'Agent accounts' })
    .getByRole('button', { name: /^Demo VoIPbin/ })
    .click()
  await app
    .getByRole('group', { name: 'Agent accounts' })
    .getByRole('button', { name: /^Demo AloHub/ })
    .click()
  await app.getByLabel('Status').selectOption('inactive')
  await expect(queueFilter.locator('option')).toHaveCount(options)

  aloHub(harness).served.faults.clear()
  await expect(agentsTable(app)).toBeVisible({ timeout: 20_000 })
  await queueFilter.selectOption(String(onlyActive))
  await expect(agentsList(app)).toContainText('No agents match this filter.')
})

test('a server that hangs: "still waiting" after a few seconds, Cancel aborts the request at the provider, Try again loads', async ({
  app,
  harness,
}) => {
  test.setTimeout(60_000)
  await startDemo(app, harness)
  aloHub(harness).served.faults.inject({ kind: 'hang' }, 100_000)
  await nav(app, 'Agents').click()
  await expect(agentsList(app)).toContainText('Loading agents…')
  const waiting = agentsList(app).getByText('Still waiting for AloHub (Demo AloHub)…')
  await expect(waiting).toBeVisible({ timeout: 9_000 })
  await snapshotOf(agentsList(app), 'list-still-waiting')
  const hung = () => screenReads(harness).filter((request) => request.outcome === 'hang')
  expect(hung()).toHaveLength(1)
  expect(hung()[0]?.aborted).toBeUndefined()
  await agentsList(app).getByRole('button', { name: 'Stop waiting for AloHub (Demo AloHub)' }).click()
  await expect(agentsList(app)).toContainText('Stopped waiting for AloHub (Demo AloHub): the request was cancelled.')
  await expect(agentsList(app)).not.toContainText('No agents match this filter.')
  // The cancel reached main, which closed the connection: the provider saw the request aborted,
  // well before the client's 15 s headers timeout would have ended it.
  await expect.poll(() => hung()[0]?.aborted, { timeout: 4_000 }).toBe(true)

  aloHub(harness).served.faults.clear()
  await agentsList(app).getByRole('button', { name: 'Try again' }).click()
  await expect(agentsTable(app)).toBeVisible()
})

test('a 429 with Retry-After: 120 says "try again in 2 min" and counts down, also on a later visit', async ({
  app,
  harness,
}) => {
  await startDemo(app, harness)
  // Enough 429s that the screen's read gets one whatever the monitor's polls take first.
  aloHub(harness).served.faults.inject({ kind: 'rate_limit', retryAfter: '120' }, 6)
  await nav(app, 'Agents').click()
  const failure = agentsList(app).getByRole('alert')
  await expect(failure).toContainText(
    /AloHub \(Demo AloHub\) asked AgentDesk to slow down: try again in (2 min|1 min 5\d s)\./,
  )
  aloHub(harness).served.faults.clear()
  const seconds = async () => {
    const [, minutes, rest] = /in (\d+) min(?: (\d+) s)?/.exec(await failure.innerText()) ?? []
    return Number(minutes) * 60 + Number(rest ?? 0)
  }
  const first = await seconds()
  await expect.poll(seconds, { timeout: 5_000 }).toBeLessThanOrEqual(first - 2)
  await snapshotOf(agentsList(app), 'list-rate-limited')

  // Later: the app's own budget still blocks, and its wait counts down too (it used to stand still).
  await nav(app, 'Live').click()
  await nav(app, 'Agents').click()
  await failure.getByRole('button', { name: 'Try again' }).click()
  await expect(failure).toContainText(/try again in 1 min \d+ s\./)
  const later = await seconds()
  await expect.poll(seconds, { timeout: 5_000 }).toBeLessThan(later)
})

test('in Vietnamese: a list that is rate limited counts down in Vietnamese', async ({ app, harness }) => {
  await startDemo(app, harness)
  const vi = await chooseVietnamese(app)
  aloHub(harness).served.faults.inject({ kind: 'rate_limit', retryAfter: '120' }, 6)
  await vi.getByRole('button', { name: 'Nhân viên', exact: true }).click()
  await expect(app.getByRole('alert').first()).toContainText('yêu cầu AgentDesk gửi chậm lại: thử lại sau')
  await expect(app.getByRole('alert').first().getByRole('button', { name: 'Thử lại' })).toBeVisible()
  aloHub(harness).served.faults.clear()
})
