import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { expect, test } from './harness-fixture'

/** Serious and critical findings of axe on the page as it is now, described for a failure message. */
async function seriousViolations(app: Page) {
  const results = await new AxeBuilder({ page: app }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      where: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }))
}

const nav = (app: Page, name: string) =>
  app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true })

for (const theme of ['light', 'dark'] as const) {
  test(`every screen passes an axe scan in the ${theme} theme (no serious or critical findings)`, async ({
    app,
    harness,
  }) => {
    test.setTimeout(120_000)
    harness.core.settings.update({ theme })
    await app.reload()
    await expect(app.locator('html')).toHaveAttribute('data-theme', theme)
    const findings: Record<string, unknown> = {}
    const scan = async (name: string) => {
      const found = await seriousViolations(app)
      if (found.length > 0) findings[name] = found
    }

    await scan('live, empty')
    await app.getByRole('button', { name: 'Try the demo workspace' }).click()
    await expect(app.getByRole('list', { name: 'Monitored accounts' })).toBeVisible()
    harness.core.notificationPause.pause('until-resumed')
    await scan('live, demo')

    await nav(app, 'Agents').click()
    await expect(app.getByRole('table', { name: 'AloHub agents' })).toBeVisible()
    await scan('agents, AloHub')
    await app
      .getByRole('button', { name: /^Edit queues of/ })
      .first()
      .click()
    await app.getByRole('table', { name: 'AloHub agents' }).getByRole('checkbox').first().check()
    await scan('agents, queue editor and bulk panel')
    await app
      .getByRole('group', { name: 'Agent accounts' })
      .getByRole('button', { name: /Demo VoIPbin/ })
      .click()
    await expect(app.getByRole('table').first()).toBeVisible()
    await scan('agents, VoIPbin')

    await nav(app, 'AI agents').click()
    await expect(app.getByRole('table', { name: 'AI agent overrides' })).toBeVisible()
    await scan('AI agents, overrides')
    await app.getByRole('table', { name: 'AI agent overrides' }).getByRole('button', { name: 'bookingAgent' }).click()
    await expect(app.getByRole('form', { name: 'Edit bookingAgent' })).toBeVisible()
    await scan('AI agents, override editor')
    await app.getByRole('button', { name: 'Executions', exact: true }).first().click()
    await expect(app.getByRole('table', { name: 'AI agent executions' })).toBeVisible()
    await scan('AI agents, executions')
    await app
      .getByRole('group', { name: 'AI agent accounts' })
      .getByRole('button', { name: /AI avatar/ })
      .click()
    await expect(app.getByRole('list', { name: 'Avatar agents, newest first' })).toBeVisible()
    await scan('AI agents, avatars')

    await nav(app, 'Accounts').click()
    await scan('accounts')
    await nav(app, 'Settings').click()
    await scan('settings')

    expect(findings).toEqual({})
  })
}

test('the scan itself bites: a button without a name is reported', async ({ app }) => {
  await app.evaluate(() => {
    const planted = document.createElement('button')
    planted.id = 'planted'
    document.querySelector('main')?.append(planted)
  })
  const found = await seriousViolations(app)
  expect(found.map((finding) => finding.rule)).toContain('button-name')
})
