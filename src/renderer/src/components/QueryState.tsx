import type { QueryKey } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import type { ProviderId } from '../../../shared/domain/providers'
import { sourceName, waitEnds, waitWords } from '../data/failure-text'
import { recoveryDelayMs } from '../data/query-client'
import { currentLocale } from '../i18n/i18n'

import { ErrorNotice } from './ErrorNotice'
import { useCountdown, useQueryState, type QueryLike } from './useQueryState'
import './query-state.css'

/**
 * The one way a list shows loading, empty, failed and stale. A first load that takes a while
 * says whom it waits for and can be stopped; a failure offers "Try again" and, when it may pass
 * by itself, says when the list reads itself again; older data stays on screen under a note when
 * a refresh fails. Empty shows only after a successful read: never beside a failure.
 */
export function QueryState({
  query,
  queryKey,
  source,
  loading,
  empty,
  retry,
  children,
}: {
  query: QueryLike
  /** The query's key, to stop waiting for it. */
  queryKey: QueryKey
  /** Whose answer the list waits for: named in "Still waiting for AloHub (Support desk)". */
  source: { readonly provider: ProviderId; readonly account: string }
  /** "Loading agents…" */
  loading: string
  /** What to say when the answer holds nothing (it depends on the filter); false when it holds something. */
  empty: string | false
  /** "Try again" when it should do more than read the list again (e.g. load the page that failed). */
  retry?: () => void
  children: ReactNode
}) {
  const { t } = useTranslation('dataState')
  const state = useQueryState(query, queryKey, empty !== false)
  const who = sourceName(source.provider, source.account, t)
  const fetching = query.fetchStatus === 'fetching'
  const tryAgain = <TryAgain busy={fetching} onClick={retry ?? state.retry} />

  switch (state.phase) {
    case 'loading':
    case 'slow':
      return (
        <div className="query-state" aria-live="polite">
          <p>{state.phase === 'slow' ? t('stillWaiting', { source: who }) : loading}</p>
          {state.phase === 'slow' && (
            <button
              type="button"
              className="button small"
              aria-label={t('cancelLabel', { source: who })}
              onClick={state.cancel}
            >
              {t('cancel')}
            </button>
          )}
        </div>
      )
    case 'stopped':
      return (
        <div className="query-state" aria-live="polite">
          <p>{t('stopped', { source: who })}</p>
          {tryAgain}
        </div>
      )
    case 'failed':
      return (
        <ErrorNotice error={query.error} since={query.errorUpdatedAt}>
          <Recovery query={query} />
          {tryAgain}
        </ErrorNotice>
      )
    case 'stale':
      return (
        <>
          <ErrorNotice
            error={query.error}
            since={query.errorUpdatedAt}
            context={t('stale', {
              time: new Date(query.dataUpdatedAt).toLocaleTimeString(currentLocale(), {
                hour: '2-digit',
                minute: '2-digit',
              }),
            })}
          >
            <Recovery query={query} />
            {tryAgain}
          </ErrorNotice>
          {children}
        </>
      )
    case 'empty':
      return <p className="muted">{empty}</p>
    case 'ready':
      return <>{children}</>
  }
}

/** "Try again", for a failure shown outside a QueryState (a catalog, a session read again). */
export function TryAgain({ onClick, busy = false }: { onClick: () => void; busy?: boolean }) {
  const { t } = useTranslation('dataState')
  return (
    <button
      type="button"
      className="button small"
      aria-disabled={busy}
      onClick={() => {
        if (!busy) onClick()
      }}
    >
      {t('tryAgain')}
    </button>
  )
}

/** When the list reads itself again, for a failure that may pass; said only while it is not already trying. */
function Recovery({ query }: { query: QueryLike }) {
  const { t } = useTranslation('dataState')
  const delay = recoveryDelayMs(query.error)
  const left = useCountdown(delay === undefined ? undefined : query.errorUpdatedAt + delay)
  if (query.fetchStatus === 'fetching') return <span className="recovery">{t('retrying')}</span>
  // A 429's own words already count down to the same moment.
  if (!left || waitEnds(query.error, query.errorUpdatedAt) !== undefined) return null
  return (
    <span className="recovery" aria-live="off">
      {t('retryingIn', { wait: waitWords(left, t) })}
    </span>
  )
}
