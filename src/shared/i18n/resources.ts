import { en } from './en/index'
import { vi } from './vi/index'

/**
 * Every text of the app, per language and per namespace: the renderer's screens, the problems
 * main reports as codes (`problems`) and main's desktop texts (`desktop`). Vietnamese is typed as the
 * English, so a key missing or misspelled in one language does not compile. Each language is a
 * module of its own (`en/index.ts`, `vi/index.ts`): the renderer loads only the one it shows.
 */
export const resources = { en, vi } as const

export const defaultNamespace = 'common'
