import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import type { Harness } from '../../src/harness/harness-server'
import { startSandbox } from '../../src/main/sandbox/start-sandbox'
import { natsServerBinary, startNatsServer } from '../../src/relay/nats/nats-server-process'
import { fakeRelay } from '../helpers/fake-relay'

import { expect, snapshotOf, test } from './harness-fixture'

const TENANT = 'sales-hcm'
const looks = [
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'vi', theme: 'light' },
  { language: 'vi', theme: 'dark' },
] as const

/** The monitor line and the account's card, in each language and theme, for a person to look at. */
async function shoot(app: Page, harness: Harness, state: string, expected: { en: RegExp; vi: RegExp }) {
  for (const { language, theme } of looks) {
    harness.core.settings.update({ language, theme })
    await app.reload()
    const nav = app.getByRole('navigation', { name: language === 'en' ? 'Main' : 'Chính' })
    await nav.getByRole('button', { name: language === 'en' ? 'Live' : 'Trực tiếp', exact: true }).click()
    const monitors = app.getByRole('list', {
      name: language === 'en' ? 'Monitored accounts' : 'Tài khoản đang theo dõi',
    })
    await expect(monitors).toContainText(expected[language], { timeout: 15_000 })
    await snapshotOf(monitors, `relay-live-${state}-${language}-${theme}`)
    await nav.getByRole('button', { name: language === 'en' ? 'Accounts' : 'Tài khoản', exact: true }).click()
    const card = app.getByRole('listitem', { name: 'Relayed desk' })
    await expect(card).toContainText(expected[language])
    await snapshotOf(card, `relay-card-${state}-${language}-${theme}`)
  }
  harness.core.settings.update({ language: 'en', theme: 'light' })
}

test.skip(!natsServerBinary(), 'nats-server is not installed (Debian: apt-get install nats-server)')

test('a desk through the team relay says so: connected, the relay failing, unreachable, polling directly', async ({
  app,
  harness,
}) => {
  test.setTimeout(180_000)
  const dir = await mkdtemp(join(tmpdir(), 'agentdesk-nats-'))
  const sandbox = await startSandbox()
  const server = await startNatsServer({ dir })
  const relay = await fakeRelay(server.url, TENANT)
  try {
    await relay.status('ok', false)
    const account = await harness.core.accounts.create(
      {
        provider: 'tel4vn',
        label: 'Relayed desk',
        baseUrl: sandbox.baseUrls.tel4vn,
        tenantId: null,
        role: { kind: 'agent', extension: '100' },
        polling: { enabled: true, intervalSeconds: 2 },
        relay: { url: server.url, tenant: TENANT, user: 'desk-100' },
      },
      sandbox.credentials.tel4vn.token,
      'nats-password-of-the-desk',
    )
    await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Accounts', exact: true }).click()
    const card = app.getByRole('listitem', { name: 'Relayed desk' })
    const host = new URL(server.url).host
    await expect(card).toContainText(`${host} · tenant\u00a0${TENANT} · user\u00a0desk-100`)
    await expect(card).not.toContainText('nats-password-of-the-desk')

    await shoot(app, harness, 'connected', { en: /through the team relay/, vi: /qua máy chủ chuyển tiếp/ })

    await relay.status('failing', false, { code: 'problems:tel4vn.tokenRefused' })
    await shoot(app, harness, 'failing', {
      en: /The team relay cannot reach Tel4vn since \d\d?:\d\d( [AP]M)?/,
      vi: /Máy chủ chuyển tiếp của nhóm không kết nối được Tel4vn từ \d\d?:\d\d( [AP]M)?/,
    })

    await relay.status('ok', false)
    await server.stop()
    await shoot(app, harness, 'unreachable', {
      en: /Team relay unreachable since \d\d?:\d\d( [AP]M)? — calls may be missed/,
      vi: /Không kết nối được máy chủ chuyển tiếp của nhóm từ \d\d?:\d\d( [AP]M)?/,
    })

    // The admin allows desks to poll themselves (the relay said so before it went away).
    harness.core.settings.update({ relayDeskFallback: { [account.id]: true } })
    await shoot(app, harness, 'fallback', {
      en: /Team relay unreachable — polling Tel4vn directly every 2 s/,
      vi: /đang tự hỏi Tel4vn mỗi 2 giây/,
    })
    expect(sandbox.served.tel4vn.requests.length).toBeGreaterThan(0)
  } finally {
    await relay.close().catch(() => undefined)
    await server.stop()
    await sandbox.close()
    await rm(dir, { recursive: true, force: true })
  }
})
