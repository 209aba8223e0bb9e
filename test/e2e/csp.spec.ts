import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../src/shared/csp'

import { expect, test } from './harness-fixture'

test('the page runs under the app’s own Content-Security-Policy: the built meta tag and the header', async ({
  app,
  harness,
}) => {
  await expect(app.getByRole('heading', { level: 1, name: 'Live' })).toBeVisible()
  // The build wrote the shared policy into index.html, as the packaged app loads it from a file.
  await expect(app.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CONTENT_SECURITY_POLICY_META,
  )
  // The harness sends main's header with it.
  const page = await fetch(harness.origin)
  expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  // And the policy is in force: an inline script is refused, and the page is told why.
  const outcome = await app.evaluate(
    () =>
      new Promise<{ ran: boolean; refusedBy: string }>((resolve) => {
        const probe = window as unknown as { inlineRan?: boolean }
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve({ ran: probe.inlineRan === true, refusedBy: event.effectiveDirective }),
          { once: true },
        )
        const script = document.createElement('script')
        script.textContent = 'window.inlineRan = true'
        document.head.append(script)
      }),
  )
  expect(outcome).toEqual({ ran: false, refusedBy: 'script-src-elem' })
})
