// `npm test`: every check, in the order CI runs them, then one closing line with the counts.
// Each stage runs even when an earlier one failed, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The keychain tests talk to a real Secret Service: on Linux without a D-Bus session, run the
// whole suite again inside a private one with a throwaway, unlocked gnome-keyring.
if (process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS && !process.env.AGENTDESK_IN_KEYRING) {
  const dataHome = mkdtempSync(join(tmpdir(), 'agentdesk-keyring-'))
  const inner = `echo -n agentdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec node ${JSON.stringify(process.argv[1])}`
  const run = spawnSync('dbus-run-session', ['--', 'sh', '-c', inner], {
    stdio: 'inherit',
    env: { ...process.env, XDG_DATA_HOME: dataHome, AGENTDESK_IN_KEYRING: '1' },
  })
  rmSync(dataHome, { recursive: true, force: true })
  if (run.error) {
    console.error(`Could not start a D-Bus session for the keychain tests: ${run.error.message}`)
    console.error('Install dbus and gnome-keyring (Debian: apt-get install dbus-x11 gnome-keyring).')
  }
  process.exit(run.status ?? 1)
}
process.env.AGENTDESK_REQUIRE_KEYCHAIN =
  process.platform === 'linux' ? '1' : (process.env.AGENTDESK_REQUIRE_KEYCHAIN ?? '')

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
  ['packaging (pack:check)', 'node', ['scripts/pack-check.mjs']],
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
