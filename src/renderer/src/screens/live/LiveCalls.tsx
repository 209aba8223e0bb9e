import { memo, useDeferredValue, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { LiveCall } from '../../../../shared/domain/live'

import { CallTable } from './CallTable'
import { formatNumber } from './format'

/**
 * The board's calls: those for this user (the others on request), searched over the whole set
 * however long it is, in the virtualised table. The call a notification pointed at is shown
 * even when the filter or the search would hide it.
 */
export const LiveCalls = memo(function LiveCalls({
  calls,
  focus,
}: {
  calls: ReadonlyArray<LiveCall>
  focus?: string | undefined
}) {
  const { t } = useTranslation('live')
  const searchId = useId()
  const [showAll, setShowAll] = useState(false)
  const [search, setSearch] = useState('')
  // Typing stays responsive on 5,000 calls: the table follows the search when React has time.
  const searched = useDeferredValue(search)
  const mine = useMemo(() => (showAll ? calls : concerning(calls, focus)), [calls, showAll, focus])
  const shown = useMemo(() => matching(mine, searched, focus), [mine, searched, focus])
  const ringing = useMemo(() => ringingCount(mine), [mine])
  const hidden = calls.length - mine.length
  return (
    <section className="card" aria-labelledby="calls-title">
      <div className="section-head">
        <h2 id="calls-title">
          {t('calls.title')}{' '}
          <span className="muted">{t('calls.ringingCount', { ringing: formatNumber(ringing) })}</span>
        </h2>
        {(hidden > 0 || showAll) && (
          <button type="button" className="button small" onClick={() => setShowAll(!showAll)}>
            {showAll ? t('calls.showMine') : t('calls.showMore', { hidden: formatNumber(hidden) })}
          </button>
        )}
      </div>
      {mine.length > 0 && (
        <div className="call-search">
          <label htmlFor={searchId}>{t('calls.search')}</label>
          <input
            id={searchId}
            type="search"
            placeholder={t('calls.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      )}
      {mine.length === 0 ? (
        <p className="muted">{t('calls.noneForYou')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('calls.noMatch', { search: searched.trim() })}</p>
      ) : (
        <CallTable calls={shown} focus={focus} />
      )}
    </section>
  )
})

/**
 * The calls this user hears about (and the focused one). A supervisor without a filter hears
 * about every call: then the same array, not a copy of 5,000 calls per update.
 */
function concerning(calls: ReadonlyArray<LiveCall>, focus: string | undefined): ReadonlyArray<LiveCall> {
  // A plain loop: this pass runs on every update, and a callback per call cost a third of a ms.
  let every = true
  for (const call of calls) {
    if (!call.concerned && call.callId !== focus) {
      every = false
      break
    }
  }
  return every ? calls : calls.filter((call) => call.concerned || call.callId === focus)
}

/** The board puts ringing calls first (compareLiveCalls): where the first call on the line is. */
function ringingCount(calls: ReadonlyArray<LiveCall>): number {
  let low = 0
  let high = calls.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (calls[middle]?.state === 'ringing') low = middle + 1
    else high = middle
  }
  return low
}

/** The calls whose extension, agent, number or account contains every word searched. */
function matching(calls: ReadonlyArray<LiveCall>, search: string, focus: string | undefined): ReadonlyArray<LiveCall> {
  const words = folded(search).split(/\s+/).filter(Boolean)
  if (words.length === 0) return calls
  return calls.filter((call) => {
    if (call.callId === focus) return true
    const text = searchText(call)
    return words.every((word) => text.includes(word))
  })
}

/**
 * A call's searchable words, folded once per call object: the board keeps unchanged calls as
 * the same objects, so a search over 5,000 calls folds only those that changed since.
 */
const searchTexts = new WeakMap<LiveCall, string>()
function searchText(call: LiveCall): string {
  let text = searchTexts.get(call)
  if (text === undefined) {
    text = folded(
      [call.extension, call.agentName, call.username, call.destination, call.accountLabel].filter(Boolean).join(' '),
    )
    searchTexts.set(call, text)
  }
  return text
}

/** Lower case without diacritics, so "tran" finds "Trần" and "đ" finds "d". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLocaleLowerCase()
}
