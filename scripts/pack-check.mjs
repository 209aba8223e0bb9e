// `npm run pack:check`: packs the built app with electron-builder's directory target against a
// stub Electron distribution (the real binary cannot be downloaded here), then inspects what
// was packed and fails when it is wrong. Run after `electron-vite build`.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import asar from '@electron/asar'

import { checkPackedApp } from './packaging/packed-app-rules.mjs'

const require = createRequire(import.meta.url)
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version

if (!existsSync('out/main/index.js')) {
  console.error('pack:check: out/ is missing; run `electron-vite build` first.')
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'agentdesk-pack-'))
try {
  // What electron-builder copies from an Electron distribution on Linux: the executable
  // (renamed to the app's), its licences and version, and a resources folder.
  const stub = join(work, 'electron-dist')
  mkdirSync(join(stub, 'resources'), { recursive: true })
  writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub Electron used by pack:check" >&2\nexit 1\n')
  chmodSync(join(stub, 'electron'), 0o755)
  writeFileSync(join(stub, 'version'), `v${electronVersion}`)
  writeFileSync(join(stub, 'LICENSE'), '')
  writeFileSync(join(stub, 'LICENSES.chromium.html'), '')

  const output = join(work, 'dist')
  execFileSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${stub}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${output}`,
      // keytar is rebuilt for Electron's ABI by real builds; that needs Electron's headers.
      '-c.npmRebuild=false',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )

  const resources = join(output, 'linux-unpacked', 'resources')
  const archive = join(resources, 'app.asar')
  const entries = asar.listPackage(archive, { isPack: false })
  const mainBundle = asar.extractFile(archive, 'out/main/index.js').toString('utf8')
  const problems = checkPackedApp({
    entries,
    mainBundle,
    isUnpacked: (entry) => Boolean(asar.statFile(archive, entry.slice(1), false).unpacked),
    unpackedExists: (path) => existsSync(join(resources, 'app.asar.unpacked', path)),
    resourceExists: (path) => existsSync(join(resources, path)),
    executableExists: existsSync(join(output, 'linux-unpacked', 'agentdesk')),
  })
  const megabytes = (bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`
  console.log(
    `pack:check: app.asar ${megabytes(statSync(archive).size)}, ${entries.length} entries, ` +
      `${entries.filter((entry) => entry.includes('/node_modules/')).length} under node_modules`,
  )
  if (problems.length > 0) {
    console.error(`pack:check: ${problems.length} problem(s) in the packed app:\n- ${problems.join('\n- ')}`)
    process.exitCode = 1
  } else {
    console.log('pack:check: the packed app holds what it should and nothing it should not')
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
