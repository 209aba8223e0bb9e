import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import type { Harness } from '../../src/harness/harness-server'
import type { VoipbinAgentRecord } from '../../src/main/providers/voipbin/sandbox/voipbin-data'

import { chooseVietnamese, expect, snapshot, snapshotOf, test } from './harness-fixture'

/** The demo's VoIPbin sandbox, to act as "someone else" and to read what was sent. */
function voipbin(harness: Harness) {
  const demo = harness.core.demo.current()
  if (!demo) throw new Error('the demo workspace is not running')
  return {
    app: demo.sandbox.apps.voipbin,
    served: demo.sandbox.served.voipbin,
    token: demo.sandbox.credentials.voipbin.token,
  }
}

/** Starts the demo, lets the test set VoIPbin up (`before`), then shows the VoIPbin account's agents. */
async function openVoipbinAgents(app: Page, harness: Harness, before?: () => void) {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toBeVisible()
  // The demo's calls ring all the time; their in-page notifications would sit over the table.
  harness.core.notificationPause.pause('until-resumed')
  // Simulated calls set VoIPbin agents ringing, busy and available: stopped, so only this test changes them.
  harness.core.demo.current()?.sandbox.simulator.stop()
  before?.()
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Agents', exact: true }).click()
  await app
    .getByRole('group', { name: 'Agent accounts' })
    .getByRole('button', { name: /^Demo VoIPbin/ })
    .click()
  await expect(app.getByRole('table', { name: 'VoIPbin agents' })).toBeVisible()
}

const table = (app: Page) => app.getByRole('table', { name: 'VoIPbin agents' })
const agentRow = (app: Page, agent: Pick<VoipbinAgentRecord, 'username'>) =>
  table(app).getByRole('row').filter({ hasText: agent.username })
const label = (agent: Pick<VoipbinAgentRecord, 'name' | 'username'>) => `${agent.name} (${agent.username})`
const puts = (harness: Harness) =>
  voipbin(harness).served.requests.filter((request) => request.method === 'PUT' && request.path.endsWith('/addresses'))

/** The first agent of the loaded page that passes the test (the first page holds 25). */
function pick(harness: Harness, test: (agent: VoipbinAgentRecord) => boolean, skip = 0): VoipbinAgentRecord {
  const found = voipbin(harness).app.agents().slice(0, 25).filter(test).at(skip)
  if (!found) throw new Error('the seed has no such agent')
  return found as VoipbinAgentRecord
}

test('the list pages with "Load more", filters by status, and a status is set per agent', async ({ app, harness }) => {
  // VoIPbin sets "ringing" itself: shown, not offered.
  let ringing = { id: '', username: '', name: '' }
  await openVoipbinAgents(app, harness, () => {
    ringing = pick(harness, (agent) => agent.status === 'offline')
    voipbin(harness).app.setAgentStatus(ringing.id, 'ringing')
  })
  const vb = voipbin(harness)
  const total = vb.app.agents().length
  const heading = app.getByRole('heading', { name: /^Agents/, level: 2 })
  await expect(heading).toContainText('25 loaded, more in VoIPbin')
  await expect(agentRow(app, ringing)).toContainText('Ringing (set by VoIPbin)')
  await expect(agentRow(app, ringing).getByRole('combobox')).toHaveCount(0)
  await snapshot(app, 'voipbin-agents-page')
  await snapshotOf(app.locator('.content-body'), 'voipbin-agents-list')

  await app.getByRole('button', { name: 'Load more' }).click()
  await expect(heading).toHaveText(`Agents ${total}`)
  await expect(app.getByRole('button', { name: 'Load more' })).toHaveCount(0)
  await expect(table(app).locator('tbody tr')).toHaveCount(total)
  expect(vb.served.requests.some((request) => request.query.includes('page_token='))).toBe(true)

  await app.getByLabel('Status', { exact: true }).selectOption('away')
  const away = vb.app.agents().filter((agent) => agent.status === 'away')
  await expect(table(app).locator('tbody tr')).toHaveCount(away.length)
  expect(vb.served.requests.some((request) => request.query.includes('status=away'))).toBe(true)
  await app.getByLabel('Status', { exact: true }).selectOption('')

  // Choosing sends nothing; "Set" does, and the row shows VoIPbin's answer.
  const agent = pick(harness, (candidate) => candidate.status === 'available')
  const row = agentRow(app, agent)
  const status = row.getByRole('combobox', { name: `Status of ${label(agent)}` })
  await status.selectOption('busy')
  expect(agent.status).toBe('available')
  await row.getByRole('button', { name: `Set status of ${label(agent)} to Busy` }).click()
  await expect(app.getByRole('status')).toContainText(`${label(agent)} is now busy`)
  expect(agent.status).toBe('busy')
  await expect(status).toHaveValue('busy')
  await expect(status).toBeFocused()
  await expect(row.getByRole('button', { name: /^Set status/ })).toHaveCount(0)

  // VoIPbin's own changes show on "Refresh".
  vb.app.setAgentStatus(agent.id, 'ringing')
  await app.getByRole('button', { name: 'Refresh' }).click()
  await expect(row).toContainText('Ringing (set by VoIPbin)')
  vb.app.setAgentStatus(agent.id, 'busy')
  await app.getByRole('button', { name: 'Refresh' }).click()
  await expect(status).toHaveValue('busy')

  // A refusal is shown in the row that asked, and the row keeps VoIPbin's status.
  vb.served.faults.inject({ kind: 'status', status: 403, body: '{"error":{"status":"PERMISSION_DENIED"}}' }, 5)
  await status.selectOption('offline')
  await row.getByRole('button', { name: /^Set status/ }).click()
  await expect(row.getByRole('alert')).toBeVisible()
  vb.served.faults.clear()
  expect(agent.status).toBe('busy')
  await snapshotOf(row, 'voipbin-status-refused')
})

test('a new agent: errors under their fields as the user types, kept on failure; the password never comes back', async ({
  app,
  harness,
}) => {
  const received: string[] = []
  app.on('websocket', (socket) => socket.on('framereceived', (frame) => received.push(String(frame.payload))))
  // The socket opened before this listener; reload so every frame of a fresh session is seen.
  await app.reload()
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await openVoipbinAgents(app, harness)
  const vb = voipbin(harness)
  const password = 'Wr1te-only pass 4821'
  const taken = vb.app.agents()[0]?.username ?? ''

  await app.getByRole('button', { name: 'New agent' }).click()
  const form = app.getByRole('form', { name: 'New VoIPbin agent' })
  await expect(app.getByRole('heading', { name: 'New VoIPbin agent' })).toBeFocused()
  await expect(form.getByLabel('Password')).toHaveAttribute('type', 'password')
  await expect(form.getByLabel('Password')).toHaveAttribute('autocomplete', 'new-password')
  await expect(form).toContainText('VoIPbin never shows it again')

  // Nothing typed: each message under its field, nothing sent.
  await form.getByRole('button', { name: 'Create agent' }).click()
  await expect(form.getByLabel('Username', { exact: true })).toBeFocused()
  await expect(form.getByLabel('Username', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByText('Enter a username')).toBeVisible()
  await expect(form.getByText('Password: at least 8 characters')).toBeVisible()
  await snapshotOf(app.locator('.vb-create'), 'voipbin-create-errors')
  expect(vb.served.requests.filter((request) => request.method === 'POST')).toEqual([])

  // From then on, every keystroke is checked.
  await form.getByLabel('Username', { exact: true }).fill('lan tran')
  await expect(form.getByText('Username: no spaces')).toBeVisible()
  await form.getByLabel('Username', { exact: true }).fill(taken)
  await expect(form.getByText('Username: no spaces')).toHaveCount(0)
  await form.getByLabel('Password').fill('short')
  await expect(form.getByText('Password: at least 8 characters')).toBeVisible()
  await form.getByLabel('Password').fill(password)
  await expect(form.getByText('Password: at least 8 characters')).toHaveCount(0)
  await form.getByLabel('Name', { exact: true }).fill('Trần Thị Lan')
  await form.getByLabel('Ring method').selectOption('linear')
  await form.getByRole('button', { name: 'Add address' }).click()
  await expect(form.getByLabel('Type of address 1')).toBeFocused()
  await form.getByLabel('Address 1', { exact: true }).fill('0901234567')
  await expect(form.getByText('Start the phone number with + and the country code')).toBeVisible()
  await form.getByLabel('Address 1', { exact: true }).fill('+84901234567')
  await expect(form.getByText('Start the phone number with +')).toHaveCount(0)
  await form.getByRole('button', { name: 'Create agent' }).click()
  await snapshotOf(app.locator('.vb-create'), 'voipbin-create-refused')

  // VoIPbin refuses the taken username: said next to the button, and everything typed stays.
  await expect(form.getByRole('alert')).toContainText(taken)
  await expect(form.getByLabel('Username', { exact: true })).toHaveValue(taken)
  await expect(form.getByLabel('Password')).toHaveValue(password)
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Trần Thị Lan')
  await expect(form.getByLabel('Address 1', { exact: true })).toHaveValue('+84901234567')

  await form.getByLabel('Username', { exact: true }).fill('lan.tran.new')
  await form.getByRole('button', { name: 'Create agent' }).click()
  await expect(app.getByRole('status')).toContainText('Agent Trần Thị Lan (lan.tran.new) created')
  await expect(form).toHaveCount(0)
  const created = vb.app.agents().find((agent) => agent.username === 'lan.tran.new')
  expect(created?.password).toBe(password)
  expect(created?.ring_method).toBe('linear')
  expect(created?.addresses).toEqual([{ type: 'tel', target: '+84901234567' }])
  await expect(agentRow(app, { username: 'lan.tran.new' })).toContainText('+84901234567')
  await expect(table(app).locator('tbody tr').first()).toContainText('lan.tran.new')

  // The password is in VoIPbin and nowhere else: not in the page, not in what main sent the
  // page, not in any answer VoIPbin serves.
  await app.getByRole('button', { name: 'New agent' }).click()
  await expect(app.getByRole('form', { name: 'New VoIPbin agent' }).getByLabel('Password')).toHaveValue('')
  expect(await app.content()).not.toContain(password)
  expect(await app.evaluate(() => document.body.innerText)).not.toContain(password)
  expect(received.length).toBeGreaterThan(5)
  expect(received.join('\n')).not.toContain(password)
  // The demo's sandbox reads the token where the document puts it: the token cookie.
  const headers = { cookie: `token=${vb.token}` }
  const answers = await Promise.all([
    fetch(`${vb.served.origin}/v1.0/agents?page_size=100`, { headers }).then((answer) => answer.text()),
    fetch(`${vb.served.origin}/v1.0/agents/${created?.id}`, { headers }).then((answer) => answer.text()),
  ])
  expect(answers[1]).toContain('lan.tran.new')
  for (const answer of answers) expect(answer).not.toContain(password)
})

/** Opens the agent's address editor from its row; the editor's heading takes the focus. */
async function openEditor(app: Page, agent: Pick<VoipbinAgentRecord, 'name' | 'username'>) {
  await agentRow(app, agent)
    .getByRole('button', { name: `Edit addresses of ${label(agent)}` })
    .click()
  const editor = app.getByRole('region', { name: `Addresses of ${label(agent)}` })
  await expect(editor.getByRole('heading', { level: 2 })).toBeFocused()
  return editor
}

test('addresses: checked as typed, added with the whole list sent, removals confirmed first', async ({
  app,
  harness,
}) => {
  await openVoipbinAgents(app, harness)
  const agent = pick(harness, (candidate) => candidate.addresses.length === 2)
  const before = agent.addresses.map((address) => ({ ...address }))
  const editor = await openEditor(app, agent)
  await expect(editor.getByLabel('Address 1', { exact: true })).toHaveValue(before[0]?.target ?? '')

  // As the user types, the message sits under the field and the field points to it.
  await editor.getByRole('button', { name: 'Add address' }).click()
  await expect(editor.getByLabel('Type of address 3')).toBeFocused()
  const target = editor.getByLabel('Address 3', { exact: true })
  await target.fill('+84 901 234')
  await expect(target).toHaveAttribute('aria-invalid', 'true')
  const described = await target.getAttribute('aria-describedby')
  await expect(app.locator(`[id="${described}"]`)).toHaveText(
    'Write the phone number without spaces, dashes or brackets, e.g. +15559876543',
  )
  await editor.getByLabel('Type of address 3').selectOption('extension')
  await target.fill('20a1')
  await expect(editor).toContainText('An extension is 1 to 20 digits and nothing else')
  await editor.getByLabel('Type of address 3').selectOption('sip')
  await target.fill('sip:lan.tran@sip.voipbin.net')
  await expect(editor).toContainText('Leave out "sip:"')
  await target.fill('lan.tran@')
  await expect(editor).toContainText('A SIP address is user@domain')
  await snapshotOf(editor, 'voipbin-address-typing')
  await target.fill('lan.tran@sip.voipbin.net')
  await expect(target).toHaveAttribute('aria-invalid', 'false')
  await editor.getByLabel('Name of address 3').fill('Softphone')
  const changes = editor.getByRole('region', { name: 'What saving changes' })
  await expect(changes).toContainText('Add SIP address lan.tran@sip.voipbin.net')

  await editor.getByRole('button', { name: 'Save addresses' }).click()
  await expect(app.getByRole('status')).toContainText(
    `Addresses of ${label(agent)} saved: added SIP address lan.tran@sip.voipbin.net`,
  )
  const sent = JSON.parse(puts(harness).at(-1)?.body ?? '{}') as { addresses: unknown[] }
  expect(sent.addresses).toEqual([...before, { type: 'sip', target: 'lan.tran@sip.voipbin.net', name: 'Softphone' }])
  expect(agent.addresses).toHaveLength(3)
  await expect(editor.getByRole('button', { name: 'Save addresses' })).toBeFocused()
  await expect(agentRow(app, agent)).toContainText('lan.tran@sip.voipbin.net')

  // Removing: nothing is sent until the user agrees; "Keep them" brings the address back.
  const first = before[0]
  await editor.getByRole('button', { name: `Remove address 1: ${first?.target}` }).click()
  await expect(changes).toContainText(`Remove`)
  const putsBefore = puts(harness).length
  await editor.getByRole('button', { name: 'Save addresses' }).click()
  const confirm = editor.getByRole('alertdialog')
  await expect(confirm).toContainText(`Remove this address from ${label(agent)}?`)
  await expect(confirm).toContainText(first?.target ?? '')
  await expect(confirm).toBeFocused()
  expect(puts(harness)).toHaveLength(putsBefore)
  await snapshotOf(editor, 'voipbin-address-confirm')
  await confirm.getByRole('button', { name: 'Keep them' }).click()
  await expect(changes).toContainText('No changes yet')
  await editor.getByRole('button', { name: `Remove address 1: ${first?.target}` }).click()
  await editor.getByRole('button', { name: 'Save addresses' }).click()
  await editor.getByRole('alertdialog').getByRole('button', { name: 'Remove and save' }).click()
  await expect(app.getByRole('status')).toContainText(`removed`)
  expect(agent.addresses.map((address) => address.target)).not.toContain(first?.target)
})

test('addresses changed elsewhere meanwhile: both lists shown, nothing sent, the user chooses', async ({
  app,
  harness,
}) => {
  await openVoipbinAgents(app, harness)
  const vb = voipbin(harness)
  const agent = pick(harness, (candidate) => candidate.addresses.length === 2)
  const editor = await openEditor(app, agent)
  const changes = editor.getByRole('region', { name: 'What saving changes' })

  // Someone else changes the list meanwhile: both lists shown, nothing sent, what was typed kept.
  await editor.getByRole('button', { name: 'Add address' }).click()
  await editor.getByLabel('Type of address 3').selectOption('extension')
  await editor.getByLabel('Address 3', { exact: true }).fill('3001')
  vb.app.setAgentAddresses(agent.id, [...agent.addresses, { type: 'extension', target: '7777', name: 'Desk' }])
  const putsThen = puts(harness).length
  await editor.getByRole('button', { name: 'Save addresses' }).click()
  const conflict = editor.getByRole('alert').filter({ hasText: 'Someone changed these addresses' })
  await expect(conflict).toContainText('Now in VoIPbin')
  await expect(conflict.locator('dd').first()).toContainText('Extension 7777')
  await expect(conflict.locator('dd').last()).toContainText('Extension 3001')
  await expect(editor.getByLabel('Address 3', { exact: true })).toHaveValue('3001')
  expect(puts(harness)).toHaveLength(putsThen)
  await snapshotOf(editor, 'voipbin-address-conflict')
  await app.emulateMedia({ colorScheme: 'dark' })
  await snapshotOf(editor, 'voipbin-address-conflict-dark')
  await snapshotOf(app.locator('section.card').filter({ has: table(app) }), 'voipbin-agents-dark')
  await app.emulateMedia({ colorScheme: 'light' })

  // "Save mine over theirs" still asks before their address goes.
  await conflict.getByRole('button', { name: 'Save mine over theirs' }).click()
  const overwrite = editor.getByRole('alertdialog')
  await expect(overwrite).toContainText('Extension 7777')
  await overwrite.getByRole('button', { name: 'Remove and save' }).click()
  await expect(app.getByRole('status')).toContainText('added Extension 3001')
  expect(agent.addresses.map((address) => address.target)).toContain('3001')
  expect(agent.addresses.map((address) => address.target)).not.toContain('7777')

  // And "Use theirs and discard mine" takes their list as it is.
  await editor.getByLabel('Name of address 1').fill('Mine')
  vb.app.setAgentAddresses(agent.id, [{ type: 'extension', target: '8888' }])
  await editor.getByRole('button', { name: 'Save addresses' }).click()
  await editor.getByRole('button', { name: 'Use theirs and discard mine' }).click()
  await expect(editor.getByLabel('Address 1', { exact: true })).toHaveValue('8888')
  await expect(editor.getByLabel('Address 2', { exact: true })).toHaveCount(0)
  await expect(changes).toContainText('No changes yet')
})

test('addresses VoIPbin holds that cannot be saved as they are are shown, marked, and must be fixed first', async ({
  app,
  harness,
}) => {
  let agent = { id: '', username: '', name: '', addresses: [] } as Pick<
    VoipbinAgentRecord,
    'id' | 'username' | 'name' | 'addresses'
  >
  await openVoipbinAgents(app, harness, () => {
    agent = pick(harness, (candidate) => candidate.addresses.length >= 1)
    voipbin(harness).app.setAgentAddresses(agent.id, [
      { type: 'tel', target: '+84901234567' },
      { type: 'fax', target: '2025550143' },
      { type: 'tel', target: '0901 234 567', name: 'Old mobile', detail: 'typed in the console' },
    ])
  })
  await expect(agentRow(app, agent)).toContainText('fax')
  await agentRow(app, agent)
    .getByRole('button', { name: `Edit addresses of ${label(agent)}` })
    .click()
  const editor = app.getByRole('region', { name: `Addresses of ${label(agent)}` })
  await expect(editor.getByRole('note')).toContainText('2 addresses in VoIPbin cannot be saved as they are')
  await expect(editor.getByLabel('Type of address 2')).toHaveAttribute('aria-invalid', 'true')
  await expect(editor).toContainText('AgentDesk cannot save "fax" addresses: choose another type, or remove it.')
  await expect(editor).toContainText('Write the phone number without spaces')
  await snapshotOf(editor, 'voipbin-address-unsavable')

  await editor.getByLabel('Name of address 1').fill('Mobile')
  await editor.getByRole('button', { name: 'Save addresses' }).click()
  await expect(editor).toContainText('Fix the marked addresses first; nothing was sent.')
  await expect(editor.getByLabel('Type of address 2')).toBeFocused()
  expect(puts(harness)).toEqual([])

  await editor.getByRole('button', { name: 'Remove address 2: 2025550143' }).click()
  await editor.getByLabel('Address 2', { exact: true }).fill('+84901234568')
  await editor.getByRole('button', { name: 'Save addresses' }).click()
  await editor.getByRole('alertdialog').getByRole('button', { name: 'Remove and save' }).click()
  await expect(app.getByRole('status')).toContainText(`Addresses of ${label(agent)} saved`)
  // The fields the editor does not show travel with the address.
  expect(agent.addresses).toEqual([
    { type: 'tel', target: '+84901234567', name: 'Mobile' },
    { type: 'tel', target: '+84901234568', name: 'Old mobile', detail: 'typed in the console' },
  ])
})

test('a new direct hash: confirmed first, then the new SIP URI to copy', async ({ app, harness }) => {
  await openVoipbinAgents(app, harness)
  const vb = voipbin(harness)
  const agent = pick(harness, (candidate) => candidate.direct_hash !== '')
  const oldUri = `sip:${agent.direct_hash}@sip.voipbin.net`
  const row = agentRow(app, agent)
  await expect(row).toContainText(oldUri)
  const regenerate = row.getByRole('button', { name: `Regenerate hash of ${label(agent)}` })
  const posts = () => vb.served.requests.filter((request) => request.path.endsWith('/direct-hash-regenerate'))

  // Cancel: nothing sent, focus back on the button.
  await regenerate.click()
  const panel = app.getByRole('region', { name: `Direct SIP address of ${label(agent)}` })
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused()
  await expect(panel.getByRole('alertdialog')).toContainText('the old SIP URI stops working at once')
  await expect(panel.getByRole('alertdialog')).toContainText(oldUri)
  await snapshotOf(panel, 'voipbin-hash-confirm')
  await panel.getByRole('button', { name: 'Cancel' }).click()
  await expect(panel).toHaveCount(0)
  await expect(regenerate).toBeFocused()
  expect(posts()).toEqual([])

  await regenerate.press('Enter')
  await app
    .getByRole('region', { name: `Direct SIP address of ${label(agent)}` })
    .getByRole('button', { name: 'Regenerate hash' })
    .click()
  const uri = panel.getByLabel('SIP URI')
  await expect(uri).toBeVisible()
  const newUri = `sip:${agent.direct_hash}@sip.voipbin.net`
  expect(newUri).not.toBe(oldUri)
  expect(posts()).toHaveLength(1)
  await expect(uri).toHaveValue(newUri)
  await expect(uri).toHaveClass(/mono/)
  await expect(row).toContainText(newUri)
  await expect(panel.getByRole('button', { name: 'Copy' })).toBeFocused()

  // The clipboard takes it...
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.url).origin })
  await panel.getByRole('button', { name: 'Copy' }).click()
  await expect(panel.getByRole('status')).toHaveText('Copied.')
  expect(await app.evaluate(() => navigator.clipboard.readText())).toBe(newUri)
  await snapshotOf(panel, 'voipbin-hash-new')

  // ...or, refused, the address is selected for the user to copy.
  await app.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'))
  })
  await panel.getByRole('button', { name: 'Copy' }).click()
  await expect(panel.getByRole('status')).toHaveText('Select the address and copy it.')
  await expect(uri).toBeFocused()
  expect(
    await uri.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]),
  ).toEqual([0, newUri.length, newUri.length])
  await snapshotOf(panel, 'voipbin-hash-copy-refused')
  await app.emulateMedia({ colorScheme: 'dark' })
  await snapshotOf(panel, 'voipbin-hash-copy-refused-dark')
})

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious with the form, an editor and its messages open (${theme} theme)`, async ({
    app,
    harness,
  }) => {
    harness.core.settings.update({ theme })
    await app.reload()
    await expect(app.locator('html')).toHaveAttribute('data-theme', theme)
    let agent = { id: '', username: '', name: '' }
    await openVoipbinAgents(app, harness, () => {
      agent = pick(harness, (candidate) => candidate.addresses.length >= 1)
      voipbin(harness).app.setAgentAddresses(agent.id, [
        { type: 'fax', target: '2025550143' },
        { type: 'tel', target: '0901 234 567' },
      ])
    })
    await app.getByRole('button', { name: 'New agent' }).click()
    await app.getByRole('button', { name: 'Create agent' }).click()
    const editor = await openEditor(app, agent)
    await editor.getByRole('button', { name: 'Save addresses' }).click()
    await expect(editor).toContainText('Fix the marked addresses first')
    const results = await new AxeBuilder({ page: app }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ rule: violation.id, where: violation.nodes.slice(0, 3).map((node) => node.target) }))
    expect(serious).toEqual([])
  })
}

test('in Vietnamese: the list, the new agent form, an address editor and the direct SIP address read in Vietnamese', async ({
  app,
  harness,
}) => {
  const nav = await chooseVietnamese(app)
  await nav.getByRole('button', { name: 'Trực tiếp' }).click()
  await app.getByRole('button', { name: 'Dùng thử không gian demo' }).click()
  await expect(app.getByRole('button', { name: 'Rời demo' })).toBeVisible()
  harness.core.notificationPause.pause('until-resumed')
  harness.core.demo.current()?.sandbox.simulator.stop()
  const vb = voipbin(harness)
  const ringing = pick(harness, (candidate) => candidate.status === 'offline')
  vb.app.setAgentStatus(ringing.id, 'ringing')
  const agent = pick(harness, (candidate) => candidate.addresses.length >= 1 && candidate.id !== ringing.id)
  vb.app.setAgentAddresses(agent.id, [
    { type: 'tel', target: '+84901234567', name: 'Di động' },
    { type: 'fax', target: '2025550143' },
    { type: 'tel', target: '0901 234 567' },
  ])

  await nav.getByRole('button', { name: 'Nhân viên', exact: true }).click()
  await app
    .getByRole('group', { name: 'Tài khoản nhân viên' })
    .getByRole('button', { name: /^Demo VoIPbin/ })
    .click()
  const list = app.getByRole('table', { name: 'Nhân viên VoIPbin' })
  await expect(list).toBeVisible()
  await expect(app.getByRole('heading', { name: /^Nhân viên/, level: 2 })).toContainText('Đã tải 25, VoIPbin còn nữa')
  await expect(list.getByRole('row').filter({ hasText: ringing.username })).toContainText(
    'Đang đổ chuông (do VoIPbin đặt)',
  )
  await expect(app.getByRole('button', { name: 'Tải thêm' })).toBeVisible()
  await snapshotOf(app.locator('.content-body'), 'voipbin-vietnamese-list')

  // A status set in Vietnamese.
  const available = pick(harness, (candidate) => candidate.status === 'available')
  const availableRow = list.getByRole('row').filter({ hasText: available.username })
  await availableRow.getByRole('combobox', { name: `Trạng thái của ${label(available)}` }).selectOption('busy')
  await availableRow.getByRole('button', { name: `Đặt trạng thái của ${label(available)} thành Bận` }).click()
  await expect(app.getByRole('status')).toHaveText(`${label(available)} đã chuyển sang bận.`)

  // The new agent form, its messages under their fields, and an address row.
  await app.getByRole('button', { name: 'Nhân viên mới' }).click()
  const form = app.getByRole('form', { name: 'Nhân viên VoIPbin mới' })
  await expect(form.getByLabel('Cách đổ chuông')).toContainText('Đổ chuông đồng loạt mọi địa chỉ')
  await expect(form.getByLabel('Quyền')).toContainText('Nhân viên của khách hàng')
  await form.getByRole('button', { name: 'Thêm địa chỉ' }).click()
  await form.getByLabel('Địa chỉ 1', { exact: true }).fill('+84 901')
  await form.getByRole('button', { name: 'Tạo nhân viên' }).click()
  await expect(form.getByText('Nhập tên đăng nhập')).toBeVisible()
  await expect(form.getByText('Mật khẩu: ít nhất 8 ký tự')).toBeVisible()
  await expect(form).toContainText('Viết số điện thoại không có dấu cách')
  await snapshotOf(app.locator('.vb-create'), 'voipbin-vietnamese-create')
  await form.getByRole('button', { name: 'Hủy' }).click()

  // An address editor with addresses VoIPbin holds that cannot be saved as they are.
  await list
    .getByRole('row')
    .filter({ hasText: agent.username })
    .getByRole('button', { name: `Sửa địa chỉ của ${label(agent)}` })
    .click()
  const editor = app.getByRole('region', { name: `Địa chỉ của ${label(agent)}` })
  await expect(editor.getByRole('note')).toContainText('2 địa chỉ trong VoIPbin không thể lưu nguyên như hiện tại')
  await expect(editor).toContainText('AgentDesk không lưu được địa chỉ loại "fax"')
  await expect(editor).toContainText('đổ chuông đồng loạt mọi địa chỉ')
  await editor.getByRole('button', { name: 'Lưu địa chỉ' }).click()
  await expect(editor).toContainText('Hãy sửa các địa chỉ được đánh dấu trước; chưa có gì được gửi.')
  await snapshotOf(editor, 'voipbin-vietnamese-editor')

  // Fixed, then a removal to confirm.
  await editor.getByRole('button', { name: 'Xóa địa chỉ 2: 2025550143' }).click()
  await editor.getByLabel('Địa chỉ 2', { exact: true }).fill('+84901234568')
  await editor.getByLabel('Tên của địa chỉ 2').fill('Bàn làm việc')
  const changes = editor.getByRole('region', { name: 'Những gì sẽ thay đổi khi lưu' })
  await expect(changes).toContainText('Thêm Số điện thoại +84901234568')
  await expect(changes).toContainText('Xóa "fax" 2025550143')
  await editor.getByRole('button', { name: 'Lưu địa chỉ' }).click()
  const confirm = editor.getByRole('alertdialog')
  await expect(confirm).toContainText(`Xóa 2 địa chỉ này khỏi ${label(agent)}?`)
  await snapshotOf(editor, 'voipbin-vietnamese-editor-confirm')
  await confirm.getByRole('button', { name: 'Xóa và lưu' }).click()
  await expect(app.getByRole('status')).toContainText(
    `Đã lưu địa chỉ của ${label(agent)}: thêm Số điện thoại +84901234568; xóa`,
  )
  await editor.getByRole('button', { name: 'Đóng trình sửa địa chỉ' }).click()

  // The direct SIP address, asked before it changes.
  const hashed = pick(harness, (candidate) => candidate.direct_hash !== '')
  await list
    .getByRole('row')
    .filter({ hasText: hashed.username })
    .getByRole('button', { name: `Tạo lại mã hash của ${label(hashed)}` })
    .click()
  const panel = app.getByRole('region', { name: `Địa chỉ SIP trực tiếp của ${label(hashed)}` })
  await expect(panel.getByRole('alertdialog')).toContainText('SIP URI cũ ngừng hoạt động ngay lập tức')
  await snapshotOf(panel, 'voipbin-vietnamese-hash')
  await panel.getByRole('button', { name: 'Hủy' }).click()
})
