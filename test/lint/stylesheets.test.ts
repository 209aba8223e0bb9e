import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { maxStylesheetLines, requiredRoot, strayRules, stylesheets } from './stylesheet-scope'

const sheets = stylesheets('src')
const renderer = join('src', 'renderer', 'src')

describe('stylesheets are scoped to their feature and small', () => {
  it('finds the sheets it checks', () => {
    expect(sheets).toContain(join(renderer, 'styles', 'base.css'))
    expect(sheets).toContain(join(renderer, 'screens', 'live', 'live.css'))
    expect(sheets.length).toBeGreaterThan(10)
  })

  it(`keeps every stylesheet within ${maxStylesheetLines} lines`, () => {
    const long = sheets
      .map((path) => ({ path, lines: readFileSync(path, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > maxStylesheetLines)
    expect(long).toEqual([])
  })

  it("keeps every rule of a screen's or the shell's sheet under that root", () => {
    const problems = sheets.flatMap((path) => {
      const rule = requiredRoot(path)
      if (rule === 'app-wide') return []
      if ('misplaced' in rule) return [rule.misplaced]
      return strayRules(readFileSync(path, 'utf8'), rule.root).map((problem) => `${path}: ${problem}`)
    })
    expect(problems).toEqual([])
  })

  it('keeps the app-wide sheets few: only styles/ and shared components hold unscoped rules', () => {
    const appWide = sheets.filter((path) => requiredRoot(path) === 'app-wide')
    expect(appWide.every((path) => path.startsWith(join(renderer, 'styles')) || path.includes('components'))).toBe(true)
    expect(appWide.length).toBeLessThanOrEqual(6)
  })
})

describe('the scope check bites', () => {
  const root = ':where(.live-screen)'

  it('passes rules nested under the root, media queries and comments included', () => {
    const css = `/* Live */\n${root} {\n  .calls td { padding: 8px; }\n  @media (min-width: 1100px) { .calls { display: grid; } }\n  &:has(.x) { gap: 1px; }\n}\n`
    expect(strayRules(css, root)).toEqual([])
  })

  it('refuses a rule beside the root block, another root, and a rule of a second top-level block', () => {
    expect(strayRules(`${root} { .a { color: red; } }\n.b { color: blue; }\n`, root)).toEqual([`not under ${root}: .b`])
    expect(strayRules(':where(.agents-screen) { .a { color: red; } }', root)).toEqual([
      `not under ${root}: :where(.agents-screen)`,
    ])
    expect(strayRules(`.live-screen { .a { color: red; } }`, root)).toEqual([`not under ${root}: .live-screen`])
  })

  it('refuses a media query or an import at the top level, and a rule reaching the root’s siblings', () => {
    expect(strayRules(`@media (min-width: 1px) { ${root} { .a { color: red; } } }`, root)).toEqual([
      `not under ${root}: @media (min-width: 1px)`,
    ])
    expect(strayRules(`@import './other.css';\n${root} { .a { color: red; } }`, root)).toEqual([
      `outside any block: @import ""`,
    ])
    expect(strayRules(`${root} { & + .next { color: red; } }`, root)).toEqual([`reaches beside ${root}: & + .next`])
  })

  it('ties a sheet to its folder: a screen, the shell, app-wide, or nowhere', () => {
    expect(requiredRoot(join(renderer, 'screens', 'agents', 'voipbin', 'voipbin.css'))).toEqual({
      root: ':where(.agents-screen)',
    })
    expect(requiredRoot(join(renderer, 'app', 'shell.css'))).toEqual({ root: ':where(.shell)' })
    expect(requiredRoot(join(renderer, 'styles', 'base.css'))).toBe('app-wide')
    expect(requiredRoot(join(renderer, 'screens', 'reports', 'reports.css'))).toHaveProperty('misplaced')
    expect(requiredRoot(join(renderer, 'screens', 'loose.css'))).toHaveProperty('misplaced')
  })
})
