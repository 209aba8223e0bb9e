import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface Step {
  run?: string
  uses?: string
}
interface Job {
  'runs-on'?: string
  needs?: string | string[]
  uses?: string
  strategy?: { matrix?: { os?: string[] } }
  steps?: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  env?: Record<string, string>
  jobs: Record<string, Job>
}

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow
const runs = (job: Job | undefined) => (job?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []))

// The workflows cannot run here (no hosted runner); these checks keep what they promise in place.
describe('the hosted CI workflows', () => {
  const ci = workflow('ci.yml')

  it('run on every push and pull request, and can be called by the release', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_call']))
  })

  it('run the whole suite on Linux under a virtual display, with the Electron suite required', () => {
    const linux = Object.values(ci.jobs).find((job) => job['runs-on']?.startsWith('ubuntu'))
    expect(runs(linux)).toContain('npm ci')
    expect(runs(linux).some((run) => /^xvfb-run .*npm test$/.test(run))).toBe(true)
    expect(ci.env?.AGENTDESK_REQUIRE_ELECTRON).toBe('1')
  })

  it('lint and typecheck on Windows and macOS', () => {
    const others = Object.values(ci.jobs).find((job) => job.strategy?.matrix?.os)
    expect(others?.strategy?.matrix?.os?.map((os) => os.split('-')[0])).toEqual(['windows', 'macos'])
    expect(runs(others)).toEqual(expect.arrayContaining(['npm run typecheck', 'npx eslint --max-warnings 0 .']))
  })

  it('build installers only after CI passed', () => {
    const release = workflow('release.yml')
    const gate = Object.entries(release.jobs).find(([, job]) => job.uses === './.github/workflows/ci.yml')
    expect(gate).toBeDefined()
    const builders = Object.entries(release.jobs).filter(([, job]) => job.steps)
    expect(builders.length).toBeGreaterThan(0)
    for (const [, job] of builders) expect([job.needs].flat()).toContain(gate?.[0])
  })
})
