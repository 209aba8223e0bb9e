import { afterAll, describe, expect, it } from 'vitest'

import { createApp, type AppServices } from '../../../src/main/app/create-app'
import { translator } from '../../../src/main/i18n/catalog'
import { connectionHealth, healthWords } from '../../../src/shared/domain/connection-health'
import { pollSteppedClock } from '../../helpers/poll-stepped-clock'
import { headlessAppDeps, sandboxDraft, until } from '../../helpers/running-app'
import { useSandbox } from '../../helpers/sandbox-fixture'

const { sandbox } = useSandbox()

/** The providers whose accounts the monitor watches (the avatar platform has no watcher). */
const watched = ['alohub', 'tel4vn', 'voipbin', 'agenthub'] as const
type Watched = (typeof watched)[number]

const STEP_MS = 100

describe('each watcher polls at the period its status line states', () => {
  const apps: AppServices[] = []
  afterAll(() => Promise.all(apps.map((core) => core.dispose())))

  it('every account set to 1 s: measured on the poller clock against the sandbox', { timeout: 60_000 }, async () => {
    const { credentials } = sandbox()
    const keys: Record<Watched, string> = {
      alohub: credentials.alohub.apiKey,
      tel4vn: credentials.tel4vn.token,
      voipbin: credentials.voipbin.token,
      agenthub: credentials.agenthub.token,
    }
    const stepped = pollSteppedClock()
    const core = createApp(headlessAppDeps({ clock: stepped.clock }))
    apps.push(core)
    for (const provider of watched) await core.accounts.create(sandboxDraft(sandbox(), provider, true), keys[provider])

    // A poll is one or more requests (pages) within one step; VoIPbin's push upgrade is no poll.
    const polls = () =>
      watched.map(
        (provider) => sandbox().served[provider].requests.filter((request) => request.outcome !== 'upgrade').length,
      )
    const pollTimes: Record<Watched, number[]> = { alohub: [], tel4vn: [], voipbin: [], agenthub: [] }
    let counted = polls()
    const note = () => {
      const now = polls()
      watched.forEach((provider, index) => {
        if (now[index]! > counted[index]!) pollTimes[provider].push(stepped.clock.now().getTime())
      })
      counted = now
    }
    stepped.clock.advance(0)
    await stepped.settled()
    // Push connects after VoIPbin's first poll; from then on, measure.
    await until(() => core.monitor.state().monitors.every((status) => status.lastSuccessAt !== null))
    await until(() => core.monitor.state().monitors.every((status) => status.push !== 'connecting'))
    await stepped.run(40_000, () => false, STEP_MS, note)

    const statuses = new Map(core.monitor.state().monitors.map((status) => [status.provider, status]))
    const measured = Object.fromEntries(
      watched.map((provider) => {
        const times = pollTimes[provider]
        const gaps = times.slice(1).map((at, index) => at - times[index]!)
        return [
          provider,
          { stated: statuses.get(provider)?.pollSeconds, longest: Math.max(...gaps), polls: times.length },
        ]
      }),
    )
    // The one watcher slower than its setting: VoIPbin with push up polls only to reconcile.
    expect(measured).toMatchObject({
      alohub: { stated: 1 },
      tel4vn: { stated: 1 },
      voipbin: { stated: 15 },
      agenthub: { stated: 1 },
    })
    for (const provider of watched) {
      const status = statuses.get(provider)!
      // The health line on Accounts, Live and the tray states the interval polled at, push or not.
      expect(
        healthWords(translator('en'), connectionHealth(status), (iso) => iso),
        provider,
      ).toContain(`every ${status.pollSeconds} s`)
      const { stated, longest } = measured[provider]!
      expect(stated, provider).toBeTypeOf('number')
      // Jitter only ever polls earlier; a step's rounding may add one step.
      expect(longest, `${provider}: longest gap vs the ${stated} s its status states`).toBeLessThanOrEqual(
        stated! * 1000 + STEP_MS,
      )
      expect(longest, provider).toBeGreaterThanOrEqual(stated! * 900 - STEP_MS)
    }
  })

  it('VoIPbin set slower than its push-up reconcile (60 s) keeps the slower setting', { timeout: 60_000 }, async () => {
    const stepped = pollSteppedClock()
    const core = createApp(headlessAppDeps({ clock: stepped.clock }))
    apps.push(core)
    const draft = sandboxDraft(sandbox(), 'voipbin', true)
    await core.accounts.create(
      { ...draft, polling: { enabled: true, intervalSeconds: 60 } },
      sandbox().credentials.voipbin.token,
    )
    stepped.clock.advance(0)
    await stepped.settled()
    await until(() => core.monitor.state().monitors.every((status) => status.push === 'connected'))
    const before = sandbox().served.voipbin.requests.filter((request) => request.outcome !== 'upgrade').length
    await stepped.run(
      50_000,
      () => false,
      1000,
      () => undefined,
    )
    const polled = sandbox().served.voipbin.requests.filter((request) => request.outcome !== 'upgrade').length - before
    // A slow setting means "fewer requests": push up must not make the monitor poll more often.
    // At most the one read that catches up on what happened before push subscribed (at 15 s: 4).
    expect(polled).toBeLessThanOrEqual(1)
    expect(core.monitor.state().monitors[0]?.pollSeconds).toBe(60)
  })
})
