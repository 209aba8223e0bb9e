import { readdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

import { expect, test } from './harness-fixture'

/** Known secrets, one per provider, each easy to find if it leaked anywhere. */
const secrets = {
  alohub: 'sk_live_LEAKCHECK_alohub_7f3a',
  tel4vn: 'tel4vn_LEAKCHECK_key_19c2',
  voipbin: 'voipbin_LEAKCHECK_token_55d1',
  avatar: 'ah_live_LEAKCHECK_avatar_0b8e',
  agenthub: 'agenthub_LEAKCHECK_jwt_a4f6',
} as const

test('no secret reaches the settings file, the logs, the IPC traffic or the DOM', async ({
  app,
  harness,
  logLines,
  dataDir,
}) => {
  // A provider that echoes whatever credentials it got into its error body, as some do.
  const echo = createServer((request, response) => {
    const credentials = JSON.stringify(request.headers)
    response.writeHead(401, { 'content-type': 'application/json' })
    response.end(
      JSON.stringify({ error_code: 'UNAUTHORIZED', error_message: `bad key ${credentials}`, message: credentials }),
    )
  })
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve))
  const echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`

  const received: string[] = []
  app.on('websocket', (socket) => socket.on('framereceived', (frame) => received.push(String(frame.payload))))
  // The socket opened before this listener; reload so every frame of a fresh session is seen.
  await app.reload()
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible()

  await app.getByRole('button', { name: 'Accounts', exact: true }).click()
  const labels: Record<keyof typeof secrets, string> = {
    alohub: 'AloHub',
    tel4vn: 'Tel4vn',
    voipbin: 'VoIPbin',
    avatar: 'AI avatar platform',
    agenthub: 'AgentHub',
  }
  for (const [provider, secret] of Object.entries(secrets) as Array<[keyof typeof secrets, string]>) {
    await app.getByRole('button', { name: 'Add account' }).click()
    const form = app.getByRole('form', { name: 'Add account' })
    await form.getByLabel('Provider').selectOption({ label: labels[provider] })
    await form.getByLabel('Name').fill(`Leak check ${provider}`)
    await form.getByLabel('Base URL').fill(echoUrl)
    // Tel4vn's secret is the token itself, as its document shows.
    await form.getByLabel(/^(API key|Access token|Token)$/).fill(secret)
    await form.getByRole('button', { name: 'Test connection' }).click()
    await expect(form.getByRole('status')).toContainText(/rejected the key|refused the token/)
    await form.getByText('What the server said').click()
    await form.getByRole('button', { name: 'Add account' }).click()
    const card = app.getByRole('listitem', { name: `Leak check ${provider}` })
    await expect(card).toContainText('Saved in the keychain')
    await card.getByRole('button', { name: 'Test connection' }).click()
    await expect(card.getByRole('status')).toBeVisible()
    await card.getByText('What the server said').click()
    await card.getByRole('button', { name: 'Edit' }).click()
    await app.getByRole('button', { name: 'Cancel' }).click()
  }
  await app.getByRole('button', { name: 'Export' }).click()
  for (const screen of ['Live', 'Agents', 'AI agents', 'Settings', 'Accounts']) {
    await app.getByRole('button', { name: screen, exact: true }).click()
    await expect(app.getByRole('heading', { level: 1, name: screen })).toBeVisible()
  }
  await app.getByRole('button', { name: 'Accounts', exact: true }).click()
  const exported = await harness.core.handlers['accounts.export']({})

  const dom = await app.content()
  const files = await Promise.all(
    (await readdir(dataDir, { recursive: true })).map((name) =>
      readFile(join(dataDir, String(name)), 'utf8').catch(() => ''),
    ),
  )
  const places: Record<string, string> = {
    'settings and data files': files.join('\n'),
    logs: logLines.join('\n'),
    'IPC frames the renderer received': received.join('\n'),
    DOM: dom,
    'export file': exported.json,
  }
  expect(received.length).toBeGreaterThan(20)
  expect(files.join('')).toContain('Leak check alohub')
  for (const [place, text] of Object.entries(places)) {
    for (const secret of Object.values(secrets)) {
      expect(text.includes(secret), `${secret} found in ${place}`).toBe(false)
    }
    expect(text.includes('LEAKCHECK'), `a fragment of a secret found in ${place}`).toBe(false)
  }
  // And they are all where they belong.
  for (const account of harness.core.settings.read().accounts) {
    expect(Object.values(secrets)).toContain(await harness.core.accounts.secretOf(account.id))
  }
  await new Promise<void>((resolve) => echo.close(() => resolve()))
})
