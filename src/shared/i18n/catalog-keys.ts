import type { resources } from './resources'

type English = (typeof resources)['en']

/** i18next's plural suffixes: `calls_one` and `calls_other` are both the key `calls`. */
type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other'
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K

/** Every leaf of a namespace as a dotted path ("test.notFound.alohub"). */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${Leaves<T[K]>}`
}[keyof T & string]

/**
 * A key of the one catalog, `namespace:path` (e.g. `problems:ipc.internal`): what main may send
 * as a problem's code. Typed, so a code that is not in the catalog does not compile.
 */
export type CatalogKey = { [N in keyof English & string]: `${N}:${Leaves<English[N]>}` }[keyof English & string]

/** Every key of a language's tree, plural variants as i18next stores them (`calls_one`), for the parity test. */
export function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key))
}

/** The keys below one prefix of the catalog (`KeysUnder<'voipbin:problems'>` is "telPlus" | …), for code builders. */
export type KeysUnder<P extends string> = CatalogKey extends infer K
  ? K extends `${P}.${infer Rest}`
    ? Rest
    : never
  : never
