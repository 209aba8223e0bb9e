import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { encodeIcns, encodeIco, readIcns, readIco } from '../../scripts/icons/icon-containers.mjs'
import { checkPackedApp } from '../../scripts/packaging/packed-app-rules.mjs'

const good = ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']
const probes = {
  mainBundle: 'createCore()',
  isUnpacked: () => true,
  unpackedExists: () => true,
  resourceExists: () => true,
  executableExists: true,
}

describe('packed app rules', () => {
  it('pass a clean app', () => {
    expect(checkPackedApp({ entries: [...good, '/node_modules/zod/index.js'], ...probes })).toEqual([])
  })

  it('name every kind of thing that must not be packed', () => {
    const problems = checkPackedApp({
      entries: [
        ...good.slice(1),
        '/out/main/index.js.map',
        '/.env',
        '/src/main/index.ts',
        '/out/harness/main.js',
        '/node_modules/react/index.js',
        '/node_modules/vitest/index.js',
        '/node_modules/keytar/build/Release/keytar.node',
      ],
      ...probes,
      mainBundle: 'startHarness()',
      isUnpacked: () => false,
      unpackedExists: () => false,
      resourceExists: (path: string) => !path.includes('tray'),
      executableExists: false,
    })
    expect(problems).toEqual([
      'missing /package.json',
      '/out/main/index.js.map is a source map',
      '/.env is an .env file',
      '/src/main/index.ts is sources or tests',
      '/out/harness/main.js is development-only harness code',
      '/node_modules/react/index.js is a renderer library (it is bundled)',
      '/node_modules/vitest/index.js is a development tool',
      '/node_modules/keytar/build/Release/keytar.node is a native module inside the asar (it must be unpacked)',
      "keytar's native module is not unpacked (app.asar.unpacked/node_modules/keytar/build/Release/keytar.node)",
      'missing resources/tray/idle.png beside the asar',
      'missing resources/tray/ringingTemplate@2x.png beside the asar',
      'the main bundle contains the browser harness',
      'the executable is not named agentdesk',
    ])
  })
})

describe('icon containers', () => {
  const png = (size: number) => Buffer.from(`\x89PNG fake ${size}`)

  it('write an .ico whose directory points at each PNG (256 written as 0)', () => {
    const ico = encodeIco([16, 48, 256].map((size) => ({ size, png: png(size) })))
    expect(ico.readUInt16LE(2)).toBe(1)
    expect(ico.readUInt8(6 + 2 * 16)).toBe(0)
    expect(readIco(ico).map((entry) => [entry.size, entry.png.toString()])).toEqual([
      [16, png(16).toString()],
      [48, png(48).toString()],
      [256, png(256).toString()],
    ])
  })

  it('write an .icns with Apple’s type per size, and refuse a size it has no slot for', () => {
    const icns = encodeIcns([16, 512].map((size) => ({ size, png: png(size) })))
    expect(readIcns(icns).map((chunk) => chunk.type)).toEqual(['icp4', 'ic09'])
    expect(() => encodeIcns([{ size: 20, png: png(20) }])).toThrow(/no slot for 20/)
  })

  it('are what the checked-in installer icons hold', () => {
    const ico = readIco(readFileSync('build/icon.ico'))
    expect(ico.map((entry) => entry.size)).toEqual([16, 24, 32, 48, 64, 128, 256])
    for (const entry of ico) expect(entry.png.subarray(1, 4).toString()).toBe('PNG')
    const icns = readIcns(readFileSync('build/icon.icns'))
    expect(icns.map((chunk) => chunk.type)).toEqual(['icp4', 'icp5', 'icp6', 'ic07', 'ic08', 'ic09'])
  })
})

describe('checked-in icons', () => {
  it('are exactly what npm run icons draws', { timeout: 60_000 }, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'agentdesk-icons-'))
    try {
      execFileSync(process.execPath, [resolve('scripts/generate-icons.mjs')], { cwd: scratch, stdio: 'ignore' })
      const drawn = ['resources', 'resources/tray', 'build', 'build/icons'].flatMap((folder) =>
        readdirSync(join(scratch, folder), { withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => `${folder}/${entry.name}`),
      )
      expect(drawn.length).toBeGreaterThan(25)
      for (const file of drawn) {
        expect(readFileSync(join(scratch, file)).equals(readFileSync(file)), `${file} differs: run npm run icons`).toBe(
          true,
        )
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })
})
