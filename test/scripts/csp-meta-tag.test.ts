import { readFile } from 'node:fs/promises'

import { describe, expect, it } from 'vitest'

import { cspMetaTag } from '../../scripts/build/csp-meta-tag'
import { CONTENT_SECURITY_POLICY_META } from '../../src/shared/csp'

/** The plugin's transform, called as vite calls it for index.html. */
function transform(html: string): string {
  const hook = cspMetaTag().transformIndexHtml
  if (typeof hook !== 'function') throw new Error('expected a plain transformIndexHtml hook')
  return hook.call({} as never, html, { path: '/index.html', filename: 'index.html' }) as string
}

describe('the build’s CSP meta tag', () => {
  it('writes the shared policy into index.html, after the charset and before anything else', async () => {
    const built = transform(await readFile('src/renderer/index.html', 'utf8'))
    const tags = [...built.matchAll(/<(meta|script|link|title)\b[^>]*>/g)].map((match) => match[0])
    expect(tags.slice(0, 2)).toEqual([
      '<meta charset="UTF-8" />',
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`,
    ])
  })

  it('refuses a page without the charset it anchors on, rather than ship one without a policy', () => {
    expect(() => transform('<html><head><title>x</title></head></html>')).toThrow(/no <meta charset/)
  })
})
