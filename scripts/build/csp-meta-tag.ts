import type { Plugin } from 'vite'

import { CONTENT_SECURITY_POLICY_META } from '../../src/shared/csp'

const CHARSET = /<meta charset="UTF-8" \/>\n?/i

/**
 * Writes the Content-Security-Policy of src/shared/csp.ts into index.html, right after the
 * charset and before any script, so the page carries the same policy as the header.
 */
export function cspMetaTag(): Plugin {
  if (/["&<>]/.test(CONTENT_SECURITY_POLICY_META)) throw new Error('The CSP needs HTML escaping in its meta tag.')
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`
  return {
    name: 'agentdesk-csp-meta-tag',
    transformIndexHtml(html) {
      const charset = CHARSET.exec(html)
      if (!charset) throw new Error('index.html has no <meta charset="UTF-8" /> to put the CSP after.')
      return html.replace(CHARSET, `${charset[0].trimEnd()}\n    ${tag}\n`)
    },
  }
}
