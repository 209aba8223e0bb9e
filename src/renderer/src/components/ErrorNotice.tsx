import { CircleAlert } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import type { Problem } from '../../../shared/i18n/problem'
import { failureText, sourceName, waitEnds, waitWords } from '../data/failure-text'
import { problemText } from '../data/problem-text'
import { ipcErrorOf } from '../data/query-client'

import { useCountdown } from './useQueryState'
import './query-state.css'

/** A failure in words (for a row's own action), in the language shown. */
export function useFailureText(): (error: unknown) => string {
  const { t } = useTranslation('dataState')
  return (error) => failureText(error, t)
}

/**
 * A failure, next to what failed. A provider that asked to slow down (429) is counted down to
 * the moment it allows another try; `since` is when the failure arrived (default: when shown).
 */
export function ErrorNotice({
  error,
  problem,
  since,
  context,
  children,
}: {
  error?: unknown
  /** A problem main reported other than by failing a call (a bulk job that stopped), instead of `error`. */
  problem?: Problem
  since?: number
  /** Said before the failure, e.g. that older data is still shown. */
  context?: string
  /** Actions: "Try again". */
  children?: ReactNode
}) {
  const { t } = useTranslation('dataState')
  const [shownAt] = useState(() => Date.now())
  const left = useCountdown(waitEnds(error, since ?? shownAt))
  const failure = ipcErrorOf(error)
  const source = failure?.provider ? sourceName(failure.provider, failure.account, t) : undefined
  return (
    <div className="error-notice" role="alert">
      <CircleAlert aria-hidden size={16} />
      <p>
        {context && <>{context} </>}
        {problem ? (
          problemText(problem, t)
        ) : left === undefined || !source ? (
          failureText(error, t)
        ) : left > 0 ? (
          // The wait ticks every second: not announced each time (the alert was, once).
          <span aria-live="off">{t('rateLimited', { source, wait: waitWords(left, t) })}</span>
        ) : (
          t('rateLimitOver', { source })
        )}
      </p>
      {children}
    </div>
  )
}
