import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

import { screenIds } from '../../src/shared/domain/screens'

/** Longest a stylesheet may be, as for any other source file. */
export const maxStylesheetLines = 400

const renderer = join('src', 'renderer', 'src')

/**
 * Which root a stylesheet must keep its rules under: the screen's own class (App puts `<id>-screen` on the
 * element that holds the screen), `.shell` for the application shell, or none for the app-wide sheets.
 * Wrapped in :where() so scoping adds no specificity and the cascade stays as it was.
 */
export function requiredRoot(path: string): { root: string } | 'app-wide' | { misplaced: string } {
  const parts = relative(renderer, path).split(sep)
  const [top, feature] = parts
  if (top === 'styles' || top === 'components') return 'app-wide'
  if (top === 'app') return { root: ':where(.shell)' }
  if (top === 'screens' && parts.length > 2 && feature && (screenIds as readonly string[]).includes(feature)) {
    return { root: `:where(.${feature}-screen)` }
  }
  return {
    misplaced: `${path}: a stylesheet is app-wide (styles/, components/) or belongs to one screen's folder (screens/<screen id>/)`,
  }
}

/** Each block of a sheet: its prelude (selector or at-rule) and how deep it is nested. */
function blocks(css: string): Array<{ prelude: string; depth: number }> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
  const found: Array<{ prelude: string; depth: number }> = []
  let depth = 0
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '{') {
      found.push({ prelude: text.slice(start, index).trim(), depth })
      depth++
      start = index + 1
    } else if (char === ';' && depth === 0) {
      // A declaration or an at-rule statement (@import, @charset) outside any block.
      found.push({ prelude: text.slice(start, index).trim(), depth: -1 })
      start = index + 1
    } else if (char === '}' || char === ';') {
      if (char === '}') depth--
      start = index + 1
    }
  }
  return found
}

/** What in a feature's sheet is not under its root: rules outside the root block, or reaching out of it. */
export function strayRules(css: string, root: string): string[] {
  const problems: string[] = []
  for (const { prelude, depth } of blocks(css)) {
    if (depth === -1) problems.push(`outside any block: ${prelude}`)
    else if (depth === 0 && prelude !== root) problems.push(`not under ${root}: ${prelude}`)
    // `& + x` and `& ~ x` style the root's siblings, which belong to someone else.
    else if (depth > 0 && /&\s*[+~]/.test(prelude)) problems.push(`reaches beside ${root}: ${prelude}`)
  }
  return problems
}

/** Every stylesheet under a folder. */
export function stylesheets(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(folder, name))
    .sort()
}
