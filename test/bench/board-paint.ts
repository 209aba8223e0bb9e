import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { chromium } from '@playwright/test'

import { startHarness } from '../../src/harness/harness-server'
import { startSandbox } from '../../src/main/sandbox/start-sandbox'
import { createMemorySecretStore } from '../../src/main/secrets/secret-store'

import { percentiles } from './bench-stats'
import { busyFloor } from './board-updates'

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

/**
 * Installed in the page before the app: notes when each board update arrives on the harness's
 * WebSocket (before the app parses it), and, once the Live screen shows that version
 * (`data-board-version`), how long until React had committed it, until the browser had laid it
 * out, and until the next animation frame.
 */
// Plain JavaScript: it runs in the page, where this Node project's types do not reach.
const timeBoardUpdates = `
  const arrivals = new Map()
  const samples = []
  window.boardTimes = samples
  const Native = window.WebSocket
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols)
      // Registered first, so it runs before the app's own listener.
      this.addEventListener('message', (event) => {
        const text = String(event.data)
        if (!text.includes('"live.changed"')) return
        const version = /"version":(\\d+)/.exec(text)?.[1]
        if (version) arrivals.set(Number(version), performance.now())
      })
    }
  }
  new MutationObserver(() => {
    const shown = Number(document.querySelector('[data-board-version]')?.getAttribute('data-board-version'))
    const arrived = arrivals.get(shown)
    if (arrived === undefined) return
    arrivals.delete(shown)
    const committed = performance.now()
    // Style and layout now, so the figure holds the browser's work for the update, not only React's.
    void document.body.offsetHeight
    const laidOut = performance.now()
    requestAnimationFrame(() => {
      samples.push({ committed: committed - arrived, laidOut: laidOut - arrived, frame: performance.now() - arrived })
    })
  }).observe(document, { attributes: true, attributeFilter: ['data-board-version'], subtree: true })
`

/**
 * The whole leg in the real renderer: the harness runs the app's services with a Tel4vn
 * account on the sandbox holding `size` calls, the built renderer runs in Chromium (Debian's,
 * the e2e tests' launch arguments), and each round 5 % of the calls move, the monitor polls
 * (checkNow), publishes its update, and the page applies and paints it.
 */
export async function measureBoardPaint(size: number, rounds: number) {
  const sandbox = await startSandbox()
  const dataDir = await mkdtemp(join(tmpdir(), 'agentdesk-bench-'))
  const harness = await startHarness({
    rendererDir: resolve('out/renderer'),
    dataDir,
    logger: quiet,
    secrets: createMemorySecretStore(),
  })
  const browser = await chromium.launch({
    executablePath: process.env.AGENTDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  const floor = busyFloor(size)
  const startedAt = Date.now() - 60_000
  const setCalls = () =>
    sandbox.apps.tel4vn.setCalls(
      Array.from({ length: size }, (_unused, index) => ({
        callId: floor.callId(index),
        extension: String(100_000 + index),
        state: floor.ringing(index) ? ('RINGING' as const) : ('ONCALL' as const),
        direction: index % 3 === 0 ? ('outbound' as const) : ('inbound' as const),
        destination: `0899${String(index).padStart(6, '0')}`,
        startedAt,
      })),
    )
  const sent: Array<{ at: number; bytes: number }> = []
  const unsubscribe = harness.core.events.subscribe((name, payload) => {
    if (name === 'live.changed') sent.push({ at: performance.now(), bytes: Buffer.byteLength(JSON.stringify(payload)) })
  })
  try {
    setCalls()
    // Notifications paused: this measures the board, not the desktop's notifications.
    harness.core.notificationPause.pause('until-resumed')
    // Polled by hand (checkNow) only: an hour between the monitor's own polls.
    await harness.core.accounts.create(
      {
        provider: 'tel4vn',
        label: 'Bench',
        baseUrl: sandbox.baseUrls.tel4vn,
        tenantId: null,
        tel4vnSignIn: 'token',
        role: { kind: 'supervisor' },
        polling: { enabled: true, intervalSeconds: 3600 },
      },
      sandbox.credentials.tel4vn.token,
    )
    const page = await browser.newPage({ viewport: { width: 1200, height: 780 } })
    await page.addInitScript({ content: timeBoardUpdates })
    await page.goto(harness.url)
    await page.locator('tr[data-call-id]').first().waitFor({ timeout: 30_000 })
    const samples = () => page.evaluate(() => (globalThis as unknown as { boardTimes: unknown[] }).boardTimes.length)
    const pollToSent: number[] = []
    // The page's main-thread CPU time (Chromium's ThreadTime), counted after the warm-up rounds:
    // unlike the wall clock, it does not grow with other processes' turns on a shared machine.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    const threadTime = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN) * 1000
    }
    // AGENTDESK_BOARD_PROFILE=<file.cpuprofile>: the page's CPU profile of the counted rounds,
    // to open in Chromium's DevTools (Performance) or speedscope.
    const profileTo = process.env.AGENTDESK_BOARD_PROFILE
    // AGENTDESK_BOARD_TRACE=<file.json>: a Performance trace of the same rounds (style, layout, paint too).
    const traceTo = process.env.AGENTDESK_BOARD_TRACE
    let cpuAtWarm = 0
    let clockAtWarm = 0
    for (let round = 0; round < rounds; round += 1) {
      if (round === 5) {
        cpuAtWarm = await threadTime()
        clockAtWarm = performance.now()
        if (traceTo) await browser.startTracing(page, { path: traceTo, screenshots: false })
        if (profileTo) {
          await cdp.send('Profiler.enable')
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
          await cdp.send('Profiler.start')
        }
      }
      floor.next(new Date().toISOString())
      setCalls()
      const before = await samples()
      const sentBefore = sent.length
      const asked = performance.now()
      harness.core.monitor.checkNow()
      await page.waitForFunction(
        (count) => (globalThis as unknown as { boardTimes: unknown[] }).boardTimes.length > count,
        before,
        { timeout: 15_000 },
      )
      const update = sent.slice(sentBefore).at(-1)
      if (update) pollToSent.push(update.at - asked)
    }
    const cpuMs = (await threadTime()) - cpuAtWarm
    if (traceTo) await browser.stopTracing()
    if (profileTo) await writeFile(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile))
    const clockMs = performance.now() - clockAtWarm
    const times = await page.evaluate(
      () =>
        (globalThis as unknown as { boardTimes: Array<{ committed: number; laidOut: number; frame: number }> })
          .boardTimes,
    )
    // The first rounds warm the page's JIT: not counted.
    const counted = times.slice(5)
    const bytes = sent.slice(-counted.length).map((entry) => entry.bytes)
    return {
      calls: size,
      rounds: counted.length,
      updateBytes: percentiles(bytes),
      pollToUpdateSent: percentiles(pollToSent.slice(5)),
      committed: percentiles(counted.map((sample) => sample.committed)),
      laidOut: percentiles(counted.map((sample) => sample.laidOut)),
      nextFrame: percentiles(counted.map((sample) => sample.frame)),
      // Per update, everything the page's main thread did (the once-a-second tick of durations too).
      rendererCpuMsPerUpdate: cpuMs / counted.length,
      rendererCpuShare: cpuMs / clockMs,
    }
  } finally {
    unsubscribe()
    await browser.close()
    await harness.close()
    await sandbox.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
