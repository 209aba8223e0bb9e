import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** How long `electron --version` may take: it answers before any window or GPU starts. */
const VERSION_TIMEOUT_MS = 15_000

/**
 * Where electron's own index.js would look for the binary, without requiring it: in electron 45
 * `require('electron')` with no binary starts a download (and throws "Electron failed to install
 * correctly" with a stack trace when that fails), which is exactly what a newcomer must not see.
 * Same rules as index.js: path.txt names the executable under dist/, ELECTRON_OVERRIDE_DIST_PATH
 * replaces dist/.
 */
export function locateElectronBinary({ packageDir, env = process.env, exists = existsSync, readText = readFile }) {
  const pathFile = join(packageDir, 'path.txt')
  const relative = exists(pathFile) ? readText(pathFile).trim() : ''
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) return { path: join(override, relative || 'electron') }
  if (!relative) return { missing: `${join(packageDir, 'dist')} was never downloaded (there is no path.txt)` }
  return { path: join(packageDir, 'dist', relative) }
}

/**
 * Checks that the Electron binary is there, runs, and is the version the package expects.
 * Returns `{ ok: true, version }` or `{ ok: false, problem }`, where `problem` says in a few
 * words what is wrong. `run(path, timeoutMs)` runs the binary with `--version`; tests pass fakes
 * of the files instead, so the real spawn is what they exercise.
 */
export function checkElectronBinary({
  packageDir,
  expectedVersion,
  env = process.env,
  exists = existsSync,
  readText = readFile,
  timeoutMs = VERSION_TIMEOUT_MS,
  run = runVersion,
}) {
  const located = locateElectronBinary({ packageDir, env, exists, readText })
  if ('missing' in located) return { ok: false, problem: `the Electron binary is missing: ${located.missing}` }
  if (!exists(located.path))
    return { ok: false, problem: `the Electron binary is missing: ${located.path} does not exist` }
  const result = run(located.path, timeoutMs)
  if (result.error) return { ok: false, problem: `the Electron binary ${located.path} does not run (${result.error})` }
  const version = result.stdout.trim().replace(/^v/, '')
  if (result.status !== 0 || !/^\d+\.\d+\.\d+/.test(version)) {
    const said = (result.stderr || result.stdout).trim().split('\n')[0] ?? ''
    return {
      ok: false,
      problem: `the Electron binary ${located.path} does not run (exit ${result.status ?? 'none'}${said ? `: ${said}` : ''})`,
    }
  }
  if (version !== expectedVersion) {
    return {
      ok: false,
      problem: `the Electron binary ${located.path} is version ${version}, but package.json installs ${expectedVersion}`,
    }
  }
  return { ok: true, version }
}

/**
 * The one paragraph a person reads when the check fails: what is missing, the command that
 * installs it (electron's own install script, which its postinstall runs and which
 * `npm install --ignore-scripts` or a blocked download skips), the mirror for networks that
 * cannot reach GitHub, and the way to run the app meanwhile.
 */
export function explainElectronProblem(problem) {
  return [
    `AgentDesk cannot start: ${problem}.`,
    'npm downloads this binary from GitHub when it installs the electron package; that download failed or was skipped.',
    'Fetch it with `node node_modules/electron/install.js` (or reinstall the package: `npm install electron`).',
    'If your network blocks GitHub, set ELECTRON_MIRROR to a mirror you can reach first',
    '(behind a proxy, also ELECTRON_GET_USE_PROXY=1 with HTTPS_PROXY).',
    'Meanwhile `npm run dev:browser` runs the app in your browser, without Electron.',
  ].join(' ')
}

function readFile(path) {
  return readFileSync(path, 'utf8')
}

/** `--version` with a timeout: a binary that hangs (a broken download, a missing library) must not hang npm start. */
function runVersion(path, timeoutMs) {
  const result = spawnSync(path, ['--version'], {
    encoding: 'utf8',
    timeout: timeoutMs,
    // As Node, electron would print Node's version: the point is that Electron itself starts.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
    windowsHide: true,
  })
  const error = result.error
    ? result.error.code === 'ETIMEDOUT'
      ? `no answer to --version within ${timeoutMs / 1000} s`
      : result.error.message
    : undefined
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error }
}
