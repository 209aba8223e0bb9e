import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import { test as base, chooseVietnamese, expect, snapshotOf } from './harness-fixture'

const MINUTE = 60_000

/** An hour of three groups, as the app keeps it when the user chose to keep trends. */
function keptHour(now: number) {
  const minuteNow = Math.floor(now / MINUTE)
  const wave = (minute: number, peak: number, phase: number) =>
    Math.max(0, Math.round(peak * (0.5 + 0.5 * Math.sin((minute + phase) / 6))))
  const samples = (peakRinging: number, peakOnCalls: number, phase: number) =>
    Array.from({ length: 59 }, (_, index) => {
      const minute = minuteNow - 59 + index
      return [
        minute,
        wave(minute, peakRinging, phase),
        wave(minute, peakOnCalls, phase + 4), // None in the first minutes: the hour rolls on while the test runs.
        index % 9 === 5 ? 1 : 0,
      ]
    })
  return {
    version: 1,
    groups: [
      { key: 'queue:9001', kind: 'queue', label: 'Sales', samples: samples(6, 12, 0) },
      { key: 'queue:9002', kind: 'queue', label: 'Hỗ trợ khách hàng', samples: samples(3, 8, 20) },
      { key: 'domain:x:pbx.example.vn', kind: 'domain', label: 'pbx.example.vn', samples: samples(2, 5, 40) },
    ],
  }
}

const missed = (id: string, subject: string, calledNumber: string | null, minutesAgo: number) => ({
  id: `missed:${id}`,
  kind: 'missed',
  subject,
  detail: null,
  calledNumber,
  accountId: '00000000-0000-4000-8000-000000000001',
  accountLabel: 'Tổng đài, chi nhánh "Hà Nội"',
  at: new Date(Date.now() - minutesAgo * MINUTE).toISOString(),
  notified: true,
  seen: true,
})

/** Today on this computer's clock ("2026-12-03"), as the app names its day. */
const localDay = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)

/** A time today, `seconds` before now (never before midnight: the log keeps only today's calls). */
const secondsAgo = (seconds: number) => {
  const midnight = new Date()
  midnight.setHours(0, 0, 0, 0)
  return new Date(Math.max(midnight.getTime() + 1000, Date.now() - seconds * 1000)).toISOString()
}

const logged = (secondsBefore: number, extension: string, agentName: string | null, calledNumber: string | null) => ({
  callId: `call-${secondsBefore}`,
  at: secondsAgo(secondsBefore),
  accountId: '00000000-0000-4000-8000-000000000001',
  accountLabel: 'Tổng đài, chi nhánh "Hà Nội"',
  extension,
  agentName,
  calledNumber,
  queues: [
    { id: 9001, label: 'Sales' },
    { id: 9002, label: 'Hỗ trợ khách hàng' },
  ],
})

/**
 * The day's missed-call log of a busy floor: 250 calls, more than the alert history's 200 alerts,
 * oldest first. The three newest carry the names that need care in a CSV.
 */
function busyDay() {
  const earlier = Array.from({ length: 247 }, (_, index) => logged(300 - index, '105', 'Lê Văn Bình', null))
  return {
    version: 1,
    day: localDay(new Date()),
    dropped: 0,
    entries: [
      ...earlier,
      logged(3, '103', 'Nguyễn, Văn\nAn', '02873001234'),
      logged(2, '102', '=HYPERLINK("http://evil.example","x")', null),
      logged(1, '101', 'Trần Thị Lan', '+84912345678'),
    ],
  }
}

/** The data folder of a user who keeps trends, runs the demo, has a full history and a busy day of missed calls. */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'agentdesk-e2e-trends-'))
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        keepQueueTrends: true,
        demoWorkspace: true,
        // The history is full: 200 alerts, the most it keeps.
        alerts: Array.from({ length: 200 }, (_, index) =>
          missed(String(index), `10${index % 10} (Trần Thị Lan)`, '+84912345678', index / 100),
        ),
      }),
    )
    await writeFile(join(dataDir, 'queue-trends.json'), JSON.stringify(keptHour(Date.now())))
    await writeFile(join(dataDir, 'missed-calls.json'), JSON.stringify(busyDay()))
    await use(dataDir)
    await rm(dataDir, { recursive: true, force: true })
  },
})

const trendsPanel = (app: Page, title: string) => app.getByRole('region', { name: title })

async function chooseTheme(app: Page, nav: string, settings: string, theme: string, live: string) {
  const main = app.getByRole('navigation', { name: nav })
  await main.getByRole('button', { name: settings }).click()
  await app
    .getByRole('radiogroup')
    .filter({ has: app.getByLabel(theme) })
    .getByLabel(theme)
    .check()
  await main.getByRole('button', { name: live }).click()
}

/** Every chart drew something: some pixel of each canvas is not blank. */
async function chartsDrawn(app: Page): Promise<boolean[]> {
  return app.locator('.trend-canvas').evaluateAll((boxes) =>
    boxes.map((box) => {
      const canvas = box.querySelector('canvas')
      const context = canvas?.getContext('2d')
      if (!canvas || !context) return false
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
      for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] ?? 0) > 0) return true
      return false
    }),
  )
}

test.describe('trends', () => {
  // Tall enough for the whole panel in one picture.
  test.use({ viewport: { width: 1200, height: 1600 } })

  test('the trends panel shows the kept hour per queue, in words and as charts, in English and Vietnamese, light and dark', async ({
    app,
  }) => {
    const panel = trendsPanel(app, 'Last 60 minutes')
    await expect(panel).toBeVisible({ timeout: 20_000 })
    const sales = panel.getByRole('figure', {
      name: /^Queue Sales: ringing peak 6, on calls peak 12, 6 missed in the last hour$/,
    })
    await expect(sales).toBeVisible()
    await expect(panel.getByRole('checkbox', { name: 'Keep across restarts' })).toBeChecked()
    await expect(panel.locator('.trend-canvas canvas').first()).toBeVisible()
    await expect.poll(async () => (await chartsDrawn(app)).every(Boolean)).toBe(true)
    // The demo's own groups (its AloHub queues, its Tel4vn domain, its VoIPbin account) join as its monitors poll.
    await expect.poll(() => panel.getByRole('figure').count(), { timeout: 30_000 }).toBeGreaterThan(3)
    const showAll = panel.getByRole('button', { name: /^Show all/ })
    if (await showAll.isVisible()) await showAll.click()

    await chooseTheme(app, 'Main', 'Settings', 'Light', 'Live')
    await expect(panel).toBeVisible()
    await snapshotOf(panel, 'trends-en-light')
    const lightColour = await panel.locator('.trend-key.on-calls').evaluate((key) => getComputedStyle(key).color)
    await chooseTheme(app, 'Main', 'Settings', 'Dark', 'Live')
    await expect.poll(async () => (await chartsDrawn(app)).every(Boolean)).toBe(true)
    expect(await panel.locator('.trend-key.on-calls').evaluate((key) => getComputedStyle(key).color)).not.toBe(
      lightColour,
    )
    await snapshotOf(panel, 'trends-en-dark')

    await chooseVietnamese(app)
    await app.getByRole('navigation', { name: 'Chính' }).getByRole('button', { name: 'Trực tiếp' }).click()
    const viPanel = trendsPanel(app, '60 phút qua')
    await expect(
      viPanel.getByRole('figure', {
        name: /^Hàng đợi Hỗ trợ khách hàng: đổ chuông cao nhất 3, đang gọi cao nhất 8, 6 cuộc nhỡ/,
      }),
    ).toBeVisible()
    await snapshotOf(viPanel, 'trends-vi-dark')
    await chooseTheme(app, 'Chính', 'Cài đặt', 'Sáng', 'Trực tiếp')
    await expect.poll(async () => (await chartsDrawn(app)).every(Boolean)).toBe(true)
    await snapshotOf(viPanel, 'trends-vi-light')
  })
})

test('the missed calls export downloads an Excel-friendly CSV: BOM, CRLF, quoted, Vietnamese intact, no formula', async ({
  app,
}) => {
  const history = app.getByRole('region', { name: 'Recent alerts' })
  await expect(history).toBeVisible({ timeout: 20_000 })
  const downloading = app.waitForEvent('download')
  await history.getByRole('button', { name: 'Export missed calls' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^agentdesk-missed-calls-\d{4}-\d{2}-\d{2}\.csv$/)
  const path = await download.path()
  const { readFile } = await import('node:fs/promises')
  const bytes = await readFile(path)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.subarray(3).toString('utf8')
  const lines = text.split('\r\n')
  expect(lines[0]).toBe('Time,Account,Extension,Agent,Number called,Queue IDs,Queues')
  const queues = ',"9001, 9002","Sales, Hỗ trợ khách hàng"\r\n'
  expect(text).toContain(`,"Tổng đài, chi nhánh ""Hà Nội""",101,Trần Thị Lan,+84912345678${queues}`)
  expect(text).toContain(`,102,"'=HYPERLINK(""http://evil.example"",""x"")",${queues}`)
  expect(text).toContain(',103,"Nguyễn, Văn\nAn",02873001234,')
  // The day's log reaches past the history's 200 alerts: its oldest calls are in the file too.
  expect(
    lines.filter((line) => line.endsWith(',105,Lê Văn Bình,,"9001, 9002","Sales, Hỗ trợ khách hàng"')),
  ).toHaveLength(247)
  expect(text.endsWith('\r\n')).toBe(true)
  await expect(history.getByRole('status')).toHaveText(/^Saved 250 rows to agentdesk-missed-calls-/)
  await snapshotOf(history, 'alerts-export-en')
})
