import { afterAll, describe, expect, it } from 'vitest'

import { createApp, type AppServices } from '../../../src/main/app/create-app'
import type { PowerPort } from '../../../src/main/core/ports'
import type { ProviderId } from '../../../src/shared/domain/providers'
import { manualClock } from '../../helpers/manual-clock'
import { headlessAppDeps, sandboxDraft, until } from '../../helpers/running-app'
import { useSandbox } from '../../helpers/sandbox-fixture'

const { sandbox } = useSandbox()

/** The providers whose accounts the monitor watches (the avatar platform has no watcher). */
const watched = ['alohub', 'tel4vn', 'voipbin', 'agenthub'] as const

const keyOf = (provider: (typeof watched)[number]): string => {
  const { credentials } = sandbox()
  return {
    alohub: credentials.alohub.apiKey,
    tel4vn: credentials.tel4vn.token,
    voipbin: credentials.voipbin.token,
    agenthub: credentials.agenthub.token,
  }[provider]
}

/** A power monitor the test drives: suspend, resume and unlock as the adapter reports them. */
function fakePower(): PowerPort & { send(state: 'asleep' | 'awake'): void } {
  const listeners = new Set<(state: 'asleep' | 'awake') => void>()
  return {
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    send: (state) => listeners.forEach((listener) => listener(state)),
  }
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

describe('createApp: waking up, unlocking and the network coming back check every account at once', () => {
  const apps: AppServices[] = []
  afterAll(() => Promise.all(apps.map((core) => core.dispose())))

  it(
    'polls each account on the event itself, not at its interval (five minutes here)',
    { timeout: 30_000 },
    async () => {
      // The sandbox stamps tokens with the real clock: the manual one starts there and moves only when told.
      const clock = manualClock(Date.now())
      const power = fakePower()
      let online = true
      const core = createApp(headlessAppDeps({ clock, isOnline: () => online, power }))
      apps.push(core)
      for (const provider of watched) {
        await core.accounts.create(
          { ...sandboxDraft(sandbox(), provider, true), polling: { enabled: true, intervalSeconds: 300 } },
          keyOf(provider),
        )
      }
      // Polls only: VoIPbin's push upgrade is a request too, but a reconnect is not a check.
      const counts = () =>
        Object.fromEntries(
          watched.map((p) => [
            p,
            sandbox().served[p].requests.filter((request) => request.outcome !== 'upgrade').length,
          ]),
        )
      /**
       * Waits for the answers to be handled and VoIPbin's push to finish connecting (it opens after
       * a poll, its upgrade a request of its own), then for 150 ms without a request.
       */
      const quiet = async () => {
        await until(() =>
          core.monitor
            .state()
            .monitors.every((status) => status.lastSuccessAt !== null && status.push !== 'connecting'),
        )
        for (let before = JSON.stringify(counts()); ;) {
          await pause(150)
          const now = JSON.stringify(counts())
          if (now === before) return counts()
          before = now
        }
      }
      const everyAccountAsked = (since: Record<string, number>) =>
        until(() => watched.every((provider: ProviderId) => counts()[provider]! > since[provider]!))

      // The first poll of each account, then nothing: the next is five virtual minutes away.
      const start = counts()
      clock.advance(0)
      await everyAccountAsked(start)
      const settled = await quiet()
      await pause(300)
      expect(counts()).toEqual(settled)

      // Sleep, then resume: every account at once, the clock not moved past the wake-up.
      power.send('asleep')
      const asleep = await quiet()
      power.send('awake')
      clock.advance(0)
      await everyAccountAsked(asleep)

      // An unlock with no suspend before it (some desktops send only that): every account again.
      const beforeUnlock = await quiet()
      power.send('awake')
      clock.advance(0)
      await everyAccountAsked(beforeUnlock)

      // Offline at the next probe (5 s): nothing asked; back online at the next: every account at once.
      await quiet()
      online = false
      clock.advance(5_000)
      const offline = await quiet()
      online = true
      clock.advance(5_000)
      await everyAccountAsked(offline)
      expect(core.monitor.state().monitors.map((status) => [status.provider, status.state])).toEqual(
        watched.map((provider) => [provider, expect.not.stringMatching(/error/)]),
      )
    },
  )
})
