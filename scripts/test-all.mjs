// `npm test`: every check, in the order CI runs them, then one closing line with the counts.
// Each stage runs even when an earlier one failed, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const results = 'test-results'
const vitestJson = `${results}/vitest.json`
const playwrightJson = `${results}/playwright.json`
mkdirSync(results, { recursive: true })
rmSync(vitestJson, { force: true })
rmSync(playwrightJson, { force: true })

const stages = [
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['typecheck', 'npx', ['tsc', '-b']],
  ['build', 'npx', ['electron-vite', 'build']],
  [
    'unit and integration (vitest)',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  ],
  [
    'end-to-end (playwright)',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  ],
  ['security scan (electronegativity)', 'node', ['scripts/security-scan.mjs']],
]

const outcomes = []
for (const [name, command, args, env] of stages) {
  console.log(`\n=== ${name} ===`)
  const started = Date.now()
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  outcomes.push({ name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 })
}

const counts = { passed: 0, failed: 0, skipped: 0 }
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'))
  counts.passed += report.numPassedTests
  counts.failed += report.numFailedTests
  counts.skipped += report.numPendingTests + report.numTodoTests
}
if (existsSync(playwrightJson)) {
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'))
  counts.passed += stats.expected + stats.flaky
  counts.failed += stats.unexpected
  counts.skipped += stats.skipped
}

console.log('\n=== summary ===')
for (const { name, ok, seconds } of outcomes) {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name} (${seconds.toFixed(1)} s)`)
}
const failedStages = outcomes.filter((outcome) => !outcome.ok).length
// A failed stage without test counts (lint, build) must still show as a failure.
const failed = Math.max(counts.failed, failedStages > 0 && counts.failed === 0 ? failedStages : 0)
console.log(`tests: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`)
process.exit(failedStages > 0 ? 1 : 0)
