import { readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/** One JavaScript file the page loads before it can paint, with its size on disk. */
export interface LoadedScript {
  readonly file: string
  readonly bytes: number
}

/** `<script src>` and `<link rel="modulepreload" href>` of a built page: what it loads up front. */
export function upFrontScripts(html: string): string[] {
  const found: string[] = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag)
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag)
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    if ((isScript || isPreload) && url) found.push(url)
  }
  return found
}

/**
 * The modules a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`): the browser fetches them before the chunk runs. `import("./x.js")`
 * is left out: that is a chunk loaded later, on demand.
 */
export function staticImports(code: string): string[] {
  const pattern = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$\s{},*]+from\s*)?"(\.{1,2}\/[^"]+\.js)"/g
  return [...code.matchAll(pattern)].map((match) => match[1] as string)
}

/**
 * Every JavaScript file the built page needs before its first paint: the page's module scripts
 * and module preloads, and everything they import statically, transitively (so a chunk the
 * page forgot to preload still counts). Sizes are bytes on disk, uncompressed.
 */
export function firstPaintScripts(outDir: string, page = 'index.html'): LoadedScript[] {
  const pending = upFrontScripts(readFileSync(join(outDir, page), 'utf8')).map((url) => normalize(join(outDir, url)))
  const seen = new Map<string, number>()
  while (pending.length > 0) {
    const path = pending.pop() as string
    if (seen.has(path)) continue
    const code = readFileSync(path)
    seen.set(path, code.byteLength)
    for (const imported of staticImports(code.toString('utf8'))) pending.push(join(dirname(path), imported))
  }
  return [...seen].map(([path, bytes]) => ({ file: relative(outDir, path), bytes })).sort((a, b) => b.bytes - a.bytes)
}
