import { randomUUID } from 'node:crypto'

import { afterAll, describe, expect, it } from 'vitest'

import type { Tel4vnCall } from '../../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import { runningApp, sandboxDraft, until } from '../../helpers/running-app'
import { useSandbox } from '../../helpers/sandbox-fixture'

const { sandbox } = useSandbox()
const BURST = 50

/** Tel4vn call ids are UUIDs: fifty of them joined are far longer than a notification id may be. */
const ringingCalls = (): Tel4vnCall[] => {
  const extensions = sandbox().apps.tel4vn.extensions()
  return Array.from({ length: BURST }, (_, index) => ({
    callId: randomUUID(),
    extension: extensions[index % extensions.length]?.extension ?? '',
    state: 'RINGING',
    direction: 'inbound',
    destination: '02873001234',
    startedAt: Date.now(),
  }))
}

describe('a burst of calls ringing at once, through the whole app', () => {
  const apps: Array<ReturnType<typeof runningApp>> = []
  afterAll(async () => {
    sandbox().apps.tel4vn.setCalls([])
    await Promise.all(apps.map(({ core }) => core.dispose()))
  })

  it(
    'fifty calls starting to ring in one poll give one short-id notification, closed when they stop; the poll stays ok',
    { timeout: 30_000 },
    async () => {
      const app = runningApp()
      apps.push(app)
      const { core, eventsNamed } = app
      const account = await core.accounts.create(
        sandboxDraft(sandbox(), 'tel4vn', true, 'Tổng đài'),
        sandbox().credentials.tel4vn.token,
      )
      const status = () => core.monitor.state().monitors.find((one) => one.accountId === account.id)
      await until(() => status()?.lastSuccessAt != null)
      const okSince = status()?.lastSuccessAt

      const calls = ringingCalls()
      sandbox().apps.tel4vn.setCalls(calls)
      await until(() => status()?.state === 'error' || (status()?.lastSuccessAt ?? '') > (okSince ?? ''))
      expect(status()?.problem ?? null).toBeNull()
      expect(status()?.state).toBe('ok')

      const ring = eventsNamed('notifications.shown').find((shown) => shown.title.startsWith(`${BURST} calls ringing`))
      expect(ring?.id.length).toBeLessThanOrEqual(200)
      expect(ring?.body.length).toBeLessThanOrEqual(1000)
      // Each call is announced once: the next polls show nothing new for the same calls.
      const before = eventsNamed('notifications.shown').length
      const polledAt = status()?.lastSuccessAt ?? ''
      await until(() => (status()?.lastSuccessAt ?? '') > polledAt)
      expect(eventsNamed('notifications.shown')).toHaveLength(before)

      // They stop ringing unanswered: the ring notification closes by the id it was shown with, and
      // the missed calls come as one notification within the same limits.
      sandbox().apps.tel4vn.setCalls([])
      await until(() => eventsNamed('notifications.closed').some((closed) => closed.id === ring?.id))
      await until(() => eventsNamed('notifications.shown').some((shown) => shown.title.startsWith(`${BURST} missed`)))
      const missed = eventsNamed('notifications.shown').find((shown) => shown.title.startsWith(`${BURST} missed`))
      expect(missed?.id.length).toBeLessThanOrEqual(200)
      expect(missed?.body.length).toBeLessThanOrEqual(1000)
      expect(missed?.id).not.toBe(ring?.id)
      expect(status()?.state).toBe('ok')
    },
  )
})
