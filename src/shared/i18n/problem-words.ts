import { providerIdSchema } from '../domain/providers'

import { isCatalogKey, type Problem } from './problem'

/**
 * i18next's `t` as this needs it: a key of the catalog (`namespace:path`) and its options. The
 * renderer passes its i18next, main its own instance over the same resources.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/**
 * A problem in words, in the language `t` speaks: the one place a code becomes a sentence.
 * Besides its own parameters, a problem's words get the provider's name (`{{provider}}`) and the
 * provider with the account (`{{source}}`) from `providerId` and `account`, a wait in words
 * (`{{wait}}`) from `waitMs`, and, when the provider said something (`said`), the sentence that
 * quotes it (the key's `_said` variant, through i18next's context). A parameter whose value is a
 * key of the catalog (a field's name, `voipbin:problems.field.username`) is put into words too.
 * `next` follows the sentence.
 */
export function problemWords(t: Translate, problem: Problem): string {
  const words = sentence(t, problem)
  return problem.next ? `${words} ${problemWords(t, problem.next)}` : words
}

function sentence(t: Translate, { code, params = {} }: Problem): string {
  const added: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && isCatalogKey(value)) added[name] = t(value)
  }
  const provider = providerIdSchema.safeParse(params['providerId'])
  if (provider.success) {
    const name = t(`accounts:providers.${provider.data}`)
    const account = params['account']
    added['provider'] = name
    added['source'] = typeof account === 'string' && account ? t('dataState:source', { provider: name, account }) : name
  }
  const waitMs = params['waitMs']
  if (typeof waitMs === 'number') added['wait'] = waitWords(t, waitMs)
  const said = params['said']
  if (typeof said === 'string' && said) added['context'] = 'said'
  return t(code, { ...params, ...added })
}

/** "45 s", "2 min", "1 min 58 s" in the language `t` speaks; never less than a second. */
export function waitWords(t: Translate, ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000))
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (minutes === 0) return t('dataState:wait.seconds', { seconds })
  return rest === 0
    ? t('dataState:wait.minutes', { minutes })
    : t('dataState:wait.minutesSeconds', { minutes, seconds: rest })
}
