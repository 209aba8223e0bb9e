import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkElectronBinary, locateElectronBinary } from '../../scripts/preflight/electron-binary.mjs'
import { useTempDirs } from '../helpers/temp-dir'

const tempDir = useTempDirs()
const require = createRequire(import.meta.url)
const realPackageDir = dirname(require.resolve('electron/package.json'))
const expectedVersion = (require('electron/package.json') as { version: string }).version

/** A fake electron package folder: path.txt and, unless `script` is undefined, dist/electron. */
async function fakePackage(script: string | undefined, options: { executable?: boolean } = {}): Promise<string> {
  const packageDir = await tempDir()
  await writeFile(join(packageDir, 'path.txt'), 'electron')
  if (script !== undefined) {
    await mkdir(join(packageDir, 'dist'))
    await writeFile(join(packageDir, 'dist', 'electron'), `#!/bin/sh\n${script}\n`)
    await chmod(join(packageDir, 'dist', 'electron'), options.executable === false ? 0o644 : 0o755)
  }
  return packageDir
}

function runScript(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/preflight-electron.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

const paragraph =
  /^AgentDesk cannot start: .*node node_modules\/electron\/install\.js.*ELECTRON_MIRROR.*npm run dev:browser/

// The fakes are shell scripts: POSIX only (CI runs the suite on Linux).
describe.skipIf(process.platform === 'win32')('the Electron preflight', () => {
  it('finds nothing to run when the package has no path.txt (the download never happened)', async () => {
    const packageDir = await tempDir()
    expect(locateElectronBinary({ packageDir, env: {} })).toEqual({
      missing: `${join(packageDir, 'dist')} was never downloaded (there is no path.txt)`,
    })
    expect(checkElectronBinary({ packageDir, expectedVersion, env: {} })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^the Electron binary is missing: .* was never downloaded/),
    })
  })

  it('reports a path.txt whose executable is gone', async () => {
    const packageDir = await fakePackage(undefined)
    expect(checkElectronBinary({ packageDir, expectedVersion, env: {} })).toEqual({
      ok: false,
      problem: `the Electron binary is missing: ${join(packageDir, 'dist', 'electron')} does not exist`,
    })
  })

  it('accepts a binary that answers --version with the package’s version', async () => {
    const packageDir = await fakePackage(`echo v${expectedVersion}`)
    expect(checkElectronBinary({ packageDir, expectedVersion, env: {} })).toEqual({
      ok: true,
      version: expectedVersion,
    })
  })

  it('refuses a binary that fails to start, quoting its first line', async () => {
    const packageDir = await fakePackage(
      'echo "electron: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2; exit 127',
    )
    expect(checkElectronBinary({ packageDir, expectedVersion, env: {} })).toEqual({
      ok: false,
      problem: `the Electron binary ${join(packageDir, 'dist', 'electron')} does not run (exit 127: electron: error while loading shared libraries: libnss3.so: cannot open shared object file)`,
    })
  })

  it('refuses a binary that cannot be executed or never answers', async () => {
    const notExecutable = await fakePackage(`echo v${expectedVersion}`, { executable: false })
    expect(checkElectronBinary({ packageDir: notExecutable, expectedVersion, env: {} })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/does not run \(.*EACCES/),
    })
    const hangs = await fakePackage('exec sleep 30')
    expect(checkElectronBinary({ packageDir: hangs, expectedVersion, env: {}, timeoutMs: 300 })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/does not run \(no answer to --version within 0.3 s\)$/),
    })
  })

  it('refuses a binary of another version (a stale download after an upgrade)', async () => {
    const packageDir = await fakePackage('echo v44.0.0')
    expect(checkElectronBinary({ packageDir, expectedVersion, env: {} })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(
        new RegExp(`is version 44\\.0\\.0, but package\\.json installs ${expectedVersion}$`),
      ),
    })
  })

  it('follows ELECTRON_OVERRIDE_DIST_PATH as electron’s index.js does', async () => {
    const packageDir = await tempDir()
    const override = await tempDir()
    expect(locateElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override } })).toEqual({
      path: join(override, 'electron'),
    })
  })

  it('the script prints one paragraph and exits 1 when the binary is missing, with no stack trace', async () => {
    const run = runScript({ ELECTRON_OVERRIDE_DIST_PATH: await tempDir() })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(paragraph)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('the script stays silent and exits 0 when a working binary is there', async () => {
    const override = dirname(join(await fakePackage(`echo v${expectedVersion}`), 'dist', 'electron'))
    expect(runScript({ ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({ status: 0, stdout: '', stderr: '' })
  })

  it('the script, on this machine as it is, agrees with what is installed', () => {
    const env = { ...process.env }
    delete env.ELECTRON_OVERRIDE_DIST_PATH
    const located = locateElectronBinary({ packageDir: realPackageDir, env })
    const present = 'path' in located && existsSync(located.path)
    const run = spawnSync(process.execPath, ['scripts/preflight-electron.mjs'], {
      encoding: 'utf8',
      env,
      timeout: 30_000,
    })
    // Where the binary could not be downloaded (this project's own machines), the paragraph.
    if (present) expect(run.status).toBe(0)
    else {
      expect(run.status).toBe(1)
      expect(run.stderr).toMatch(paragraph)
    }
  })
})
