import { defineConfig } from '@playwright/test'

/**
 * Chromium from Debian here; Playwright's own browser download is never used on this machine.
 * AGENTDESK_CHROMIUM=playwright (hosted CI runners, which can download it) uses Playwright's.
 */
const chromiumPath = process.env.AGENTDESK_CHROMIUM ?? '/usr/bin/chromium'
const executablePath = chromiumPath === 'playwright' ? {} : { executablePath: chromiumPath }

export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1200, height: 780 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // The ringtone starts when a call rings, not on a click: the app's own windows allow that too.
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
})
