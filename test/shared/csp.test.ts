import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../src/shared/csp'

interface CspFinding {
  severity: number
  directive: string
  value?: string
}
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown }
  CspEvaluator: new (csp: unknown, version: number) => { evaluate(): CspFinding[] }
  Version: { CSP3: number }
  severities: Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'MEDIUM_MAYBE', number>
}
// The evaluator electronegativity runs over a CSP it finds in the sources; since the meta tag is
// written by the build, the scan no longer sees the policy itself, so it is evaluated here.
const csp = createRequire(import.meta.url)('@doyensec/csp-evaluator') as CspEvaluatorModule

const directivesOf = (policy: string) => policy.split('; ').map((directive) => directive.split(' ')[0])

describe('the Content-Security-Policy', () => {
  it('has nothing the CSP evaluator rates as a weakness beyond "self may host scripts"', () => {
    const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate()
    const { HIGH, SYNTAX, MEDIUM, HIGH_MAYBE } = csp.severities
    expect(findings.filter((finding) => [HIGH, SYNTAX, MEDIUM, HIGH_MAYBE].includes(finding.severity))).toEqual([])
    expect(findings.map(({ directive, value }) => `${directive} ${value}`)).toEqual(["script-src 'self'"])
  })

  it('allows no inline or evaluated code and no other origin', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; /)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/)
  })

  it('is the same in the meta tag, less the directive a meta tag cannot carry', () => {
    expect(directivesOf(CONTENT_SECURITY_POLICY_META)).not.toContain('frame-ancestors')
    expect(CONTENT_SECURITY_POLICY_META).toBe(
      CONTENT_SECURITY_POLICY.split('; ')
        .filter((directive) => !directive.startsWith('frame-ancestors '))
        .join('; '),
    )
  })

  it('is defined once: the source index.html carries none of its own', async () => {
    const html = await readFile('src/renderer/index.html', 'utf8')
    expect(html).not.toMatch(/http-equiv/i)
  })
})
