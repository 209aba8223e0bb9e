import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

import { describe, expect, it, onTestFinished } from 'vitest'

import { firstPaintScripts, staticImports, upFrontScripts } from '../../scripts/build/first-paint'
import { useTempDirs } from '../helpers/temp-dir'

const tempDir = useTempDirs()

/** Issue 17: the renderer's first paint needs at most 300 kB of JavaScript, uncompressed (kB as vite counts: 1000 bytes). */
const FIRST_PAINT_BUDGET_BYTES = 300_000

describe('what the built page loads before its first paint', () => {
  it('reads the module script and the module preloads of index.html, nothing else', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/index-1.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-2.js">
      <link rel="stylesheet" crossorigin href="./assets/index-3.css">
      <link rel="icon" href="./favicon.png">
    </head>`
    expect(upFrontScripts(html)).toEqual(['./assets/index-1.js', './assets/react-2.js'])
  })

  it('follows static imports and re-exports, not import() or an import inside a string', () => {
    const code = `const x=1;import{a as b}from"./a-1.js";import"./b-2.js";export{t as C}from"./c-3.js";
      const later=()=>import("./lazy-4.js");const text={import":"./not-5.js"};`
    expect(staticImports(code)).toEqual(['./a-1.js', './b-2.js', './c-3.js'])
  })

  it('sums the entry and its static imports, transitively, leaving a chunk loaded on demand out', async () => {
    const out = await tempDir()
    await mkdir(join(out, 'assets'))
    await writeFile(join(out, 'index.html'), '<script type="module" src="./assets/index.js"></script>')
    await writeFile(join(out, 'assets/index.js'), 'import{a}from"./shared.js";const s=()=>import("./screen.js");')
    await writeFile(join(out, 'assets/shared.js'), 'import"./deep.js";export const a=1;')
    await writeFile(join(out, 'assets/deep.js'), 'x'.repeat(1000))
    await writeFile(join(out, 'assets/screen.js'), 'y'.repeat(5000))
    expect(firstPaintScripts(out)).toEqual([
      { file: 'assets/deep.js', bytes: 1000 },
      { file: 'assets/index.js', bytes: 61 },
      { file: 'assets/shared.js', bytes: 35 },
    ])
  })

  it(`is at most ${FIRST_PAINT_BUDGET_BYTES / 1000} kB in the real build, which gives no chunk-size warning`, async () => {
    // Inside the project (vite warns about an outDir outside it), apart from out/ so a build in use is left alone.
    await mkdir('test-results', { recursive: true })
    const out = resolve(await mkdtemp(join('test-results', 'first-paint-')))
    onTestFinished(() => rm(out, { recursive: true, force: true }))
    const build = spawnSync('npx', ['electron-vite', 'build', '--outDir', out], { encoding: 'utf8', timeout: 240_000 })
    expect(build.status, build.stderr).toBe(0)
    expect(`${build.stdout}${build.stderr}`).not.toMatch(/\(!\)|larger than \d+ kB/)
    const scripts = firstPaintScripts(join(out, 'renderer'))
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0)
    const figure = `first paint: ${(total / 1000).toFixed(1)} kB of JavaScript in ${scripts.length} files (budget ${FIRST_PAINT_BUDGET_BYTES / 1000} kB)`
    console.info(figure)
    expect(
      total,
      `${figure}:\n${scripts.map((script) => `  ${script.bytes} ${script.file}`).join('\n')}`,
    ).toBeLessThanOrEqual(FIRST_PAINT_BUDGET_BYTES)
    // A screen that slipped back into the first paint would show up here before the budget broke.
    expect(scripts.map((script) => script.file).filter((file) => /Screen-/.test(file))).toEqual([])
  }, 300_000)
})
