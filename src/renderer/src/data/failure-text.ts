import type { TFunction } from 'i18next'

import { providerNames, type ProviderId } from '../../../shared/domain/providers'

import { problemText } from './problem-text'
import { ipcErrorOf } from './query-client'

type T = TFunction<'dataState'>

/** "AloHub (Support desk)": what the user knows a provider account by. */
export function sourceName(provider: ProviderId, account: string | undefined, t: T): string {
  const name = providerNames[provider]
  return account ? t('source', { provider: name, account }) : name
}

/** "45 s", "2 min", "1 min 58 s" in the language shown. */
export function waitWords(ms: number, t: T): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (minutes === 0) return t('wait.seconds', { seconds })
  return rest === 0 ? t('wait.minutes', { minutes }) : t('wait.minutesSeconds', { minutes, seconds: rest })
}

/**
 * A failure in words, in the language shown: a provider that did not answer in time and a write
 * whose answer was lost in the screen's own short words, naming the provider and the account;
 * any other failure from main by its problem's code (problem-text.ts), never main's `message`.
 */
export function failureText(error: unknown, t: T): string {
  const failure = ipcErrorOf(error)
  if (failure?.kind === 'provider' && failure.provider) {
    const source = sourceName(failure.provider, failure.account, t)
    const what =
      failure.reason === 'timeout'
        ? t('timedOut', { source })
        : failure.writeOutcome && failure.reason === 'network'
          ? t('connectionBroke', { source })
          : undefined
    if (what) return failure.writeOutcome ? `${what} ${t(`outcome.${failure.writeOutcome}`)}` : what
  }
  if (failure) return problemText(failure.problem, t)
  return t('somethingWrong')
}

/** When the provider asked to wait (429), the moment the wait ends, counted from when the failure arrived. */
export function waitEnds(error: unknown, since: number): number | undefined {
  const failure = ipcErrorOf(error)
  return failure?.reason === 'rate_limited' && failure.retryAfterMs !== undefined
    ? since + failure.retryAfterMs
    : undefined
}
