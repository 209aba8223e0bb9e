import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { englishText, translator } from '../../src/main/i18n/catalog'
import { kindForStatus, type ProviderErrorKind } from '../../src/main/providers/http/provider-error'
import { providerIds } from '../../src/shared/domain/providers'
import { leafKeys } from '../../src/shared/i18n/catalog-keys'
import { isCatalogKey, problemSchema } from '../../src/shared/i18n/problem'
import { problemWords } from '../../src/shared/i18n/problem-words'
import { resources } from '../../src/shared/i18n/resources'

type Tree = Record<string, unknown>

/** Every key of one language, `namespace:path`, plural variants as i18next stores them. */
const keysOf = (language: Tree) =>
  new Set(Object.entries(language).flatMap(([namespace, tree]) => leafKeys(tree).map((key) => `${namespace}:${key}`)))

/** The keys one language has and the other lacks, both ways. */
function missing(en: Tree, vi: Tree): { inVi: string[]; inEn: string[] } {
  const english = keysOf(en)
  const vietnamese = keysOf(vi)
  return {
    inVi: [...english].filter((key) => !vietnamese.has(key)),
    inEn: [...vietnamese].filter((key) => !english.has(key)),
  }
}

const textAt = (language: Tree, key: string): string => {
  const [namespace = '', path = ''] = key.split(':')
  return path.split('.').reduce<unknown>((node, part) => (node as Tree)[part], language[namespace]) as string
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((found) => found[1]).sort()

describe('the one catalog', () => {
  it('has every key in English and in Vietnamese, plural variants included', () => {
    expect(missing(resources.en, resources.vi)).toEqual({ inVi: [], inEn: [] })
  })

  it('notices a key missing in either language (the check bites)', () => {
    const vi = structuredClone(resources.vi) as unknown as Tree
    delete (vi['desktop'] as { tray: Tree }).tray['callsRinging_one']
    const en = structuredClone(resources.en) as unknown as Tree
    delete (en['problems'] as { ipc: Tree }).ipc['internal']
    expect(missing(resources.en as unknown as Tree, vi).inVi).toEqual(['desktop:tray.callsRinging_one'])
    expect(missing(en, resources.vi as unknown as Tree).inEn).toEqual(['problems:ipc.internal'])
  })

  it('gives each plural its "other" form, and both languages the same placeholders', () => {
    for (const key of keysOf(resources.en as unknown as Tree)) {
      if (/_(one|few|many|two|zero)$/.test(key)) {
        expect(keysOf(resources.en as unknown as Tree).has(key.replace(/_\w+$/, '_other')), key).toBe(true)
      }
      const en = placeholders(textAt(resources.en as unknown as Tree, key))
      const vi = placeholders(textAt(resources.vi as unknown as Tree, key))
      expect(vi, key).toEqual(en)
    }
  })
})

/** Every `'namespace:path'` literal in a source tree, with the file it is in. */
function codesIn(folder: string): Array<{ code: string; file: string }> {
  const namespaces = Object.keys(resources.en).join('|')
  const literal = new RegExp(`['\`]((?:${namespaces}):[\\w.]+)['\`]`, 'g')
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return codesIn(path)
    if (!name.endsWith('.ts')) return []
    return [...readFileSync(path, 'utf8').matchAll(literal)].map((found) => ({ code: found[1] ?? '', file: path }))
  })
}

describe('what main sends across IPC is a code of the catalog, never a sentence', () => {
  it('uses only codes the catalog has (they are typed too; this catches a cast)', () => {
    const used = codesIn('src/main')
    expect(used.length).toBeGreaterThan(60)
    expect(used.filter(({ code }) => !isCatalogKey(code))).toEqual([])
  })

  it('has a sentence for every kind of HTTP failure and every provider’s base-URL hint', () => {
    const kinds = [400, 401, 403, 404, 409, 429, 500, 302].map(kindForStatus)
    const more: ProviderErrorKind[] = ['network', 'timeout', 'tls', 'insecure_url', 'bad_response']
    for (const kind of [...kinds, ...more]) expect(isCatalogKey(`problems:http.${kind}`), kind).toBe(true)
    for (const provider of providerIds) expect(isCatalogKey(`accounts:test.notFound.${provider}`), provider).toBe(true)
  })

  it('refuses on arrival a code that is not in the catalog', () => {
    expect(problemSchema.safeParse({ code: 'problems:ipc.internal', params: { operation: 'x' } }).success).toBe(true)
    expect(problemSchema.safeParse({ code: 'The request failed.' }).success).toBe(false)
    expect(problemSchema.safeParse({ code: 'problems:ipc.internal', next: { code: 'problems:nope' } }).success).toBe(
      false,
    )
  })

  it('puts a value that is itself a key of the catalog (a field’s name) into words', () => {
    const problem = { code: 'problems:invalidField', params: { path: 'voipbin:problems.field.username' } } as const
    expect(englishText(problem)).toBe('The value of Username is not valid.')
    expect(problemWords(translator('vi'), problem)).toContain('Tên đăng nhập')
  })

  it('words a form message whose field the catalog names by nesting', () => {
    const problem = { code: 'voipbin:problems.atMost', params: { field: 'username', max: 64 } } as const
    expect(englishText(problem)).toBe('Username: at most 64 characters')
    expect(problemWords(translator('vi'), problem)).toMatch(/^Tên đăng nhập: tối đa 64 ký tự$/)
  })

  it('words a problem in main only for the log, from the same catalog', () => {
    expect(
      englishText({
        code: 'problems:http.rate_limited',
        params: { providerId: 'alohub', http: 'HTTP 429', said: 'Too many requests' },
        next: { code: 'problems:http.tryAgainIn', params: { waitMs: 120_000 } },
      }),
    ).toBe('AloHub asked us to slow down (HTTP 429): Too many requests. Try again in 2 min.')
  })
})
