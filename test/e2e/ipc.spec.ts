import { HARNESS_PROTOCOL } from '../../src/shared/ipc/harness-protocol'

import { expect, snapshot, test } from './harness-fixture'

test('an IPC round trip reaches the services and comes back', async ({ app }) => {
  await app.getByRole('button', { name: 'Settings', exact: true }).click()
  await expect(app.getByText('AgentDesk 0.1.0-test')).toBeVisible()
  await expect(app.getByText('Browser harness (development)')).toBeVisible()
  await app.getByRole('button', { name: 'Check connection to services' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Services answered in' })).toBeVisible()
})

test('an invalid payload is rejected with a clear, typed error', async ({ app, harness }) => {
  // Speaks the harness protocol from the page itself, as a buggy or hostile renderer would.
  const answer = await app.evaluate(
    async ({ token, protocol }) => {
      const socket = new WebSocket(`ws://${location.host}/ipc`, [protocol, token])
      await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }))
      const reply = new Promise<string>((resolve) =>
        socket.addEventListener('message', (event) => resolve(String(event.data)), { once: true }),
      )
      socket.send(
        JSON.stringify({ type: 'invoke', id: 1, operation: 'preferences.update', payload: { theme: 'neon' } }),
      )
      return JSON.parse(await reply)
    },
    { token: harness.token, protocol: HARNESS_PROTOCOL },
  )
  expect(answer).toMatchObject({
    id: 1,
    result: {
      ok: false,
      error: {
        kind: 'invalid_request',
        operation: 'preferences.update',
        issues: [{ path: 'theme' }],
      },
    },
  })
  expect(answer.result.error.message).toMatch(/^The request for preferences\.update is invalid: theme: /)
  // The services are still there and the setting is untouched.
  await app.getByRole('button', { name: 'Settings', exact: true }).click()
  await expect(app.getByRole('radio', { name: 'Same as the system' })).toBeChecked()
})

test('a page without the token cannot reach the services', async ({ page, harness }) => {
  await page.goto(harness.origin)
  await expect(page.getByRole('heading', { name: 'AgentDesk cannot reach its services' })).toBeVisible()
  await snapshot(page, 'not-connected')
})

test('the token leaves the address bar but survives a reload', async ({ app }) => {
  expect(new URL(app.url()).hash).toBe('')
  await app.reload()
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(app.getByText('Notifications on')).toBeVisible()
})
