import { useVirtualizer } from '@tanstack/react-virtual'
import { PhoneIncoming, PhoneOutgoing } from 'lucide-react'
import { memo, useEffect, useMemo, useRef, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'

import type { LiveCall } from '../../../../shared/domain/live'
import { callKey } from '../../../../shared/domain/live-update'

import { formatDuration } from './format'
import { useNow } from './useLive'

/**
 * Every row is this tall (live.css keeps each cell on one line): measuring rows as they mount
 * would make the browser lay out during each update, which a board of 5,000 calls cannot afford.
 */
const ROW_HEIGHT = 41
const COLUMNS = 5
/** live.css's largest height of the calls' box (620px): more rows than this fill it (`filled`). */
const MOST_ROWS_SHOWN = Math.ceil(620 / ROW_HEIGHT)

/**
 * Calls ringing and on call, ringing first, with durations ticking; the focused one in view.
 * Virtualised: only the rows in view are in the page, so 5,000 calls update as cheaply as 50;
 * each row is memoised on its call object, which the board keeps while the call is unchanged.
 */
export function CallTable({
  calls,
  focus,
  onRowRender,
}: {
  calls: ReadonlyArray<LiveCall>
  focus?: string | undefined
  /** Told each time a row renders (tests and the benchmark count them); absent in the app. */
  onRowRender?: ((key: string) => void) | undefined
}) {
  const { t } = useTranslation('live')
  const scroller = useRef<HTMLDivElement>(null)
  // The virtualiser keeps its own mutable state; nothing here is memoised around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: calls.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // No getItemKey: every row is as tall as the next, so the virtualiser needs no key to keep
    // sizes by, and a new one each update made it rebuild its 5,000 entries. Rows are keyed by
    // their call below.
    // A few rows beyond the edges: every row is as tall as the next, so nothing jumps while
    // scrolling, and each extra row is a row every update renders and the browser lays out again.
    overscan: 3,
  })
  const focusIndex = focus === undefined ? -1 : calls.findIndex((call) => call.callId === focus)
  const focusPresent = focusIndex >= 0
  // Bring the focused call's row into the page (it may be far down); then give it the focus.
  useEffect(() => {
    if (focusPresent) virtual.scrollToIndex(focusIndex, { align: 'center' })
    // Only when the focus changes or its call arrives, not each time the board moves it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, focusPresent])
  const focusedOnce = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (focus === undefined || focusedOnce.current === focus) return
    const row = scroller.current?.querySelector<HTMLElement>('tr[aria-current="true"]')
    if (!row) return
    focusedOnce.current = focus
    row.scrollIntoView({ block: 'center' })
    row.focus()
  })

  // The rows' words and icons, made once per language rather than by each row each time it
  // renders; the same icon element each time, so React does not render the icon again.
  const words = useMemo(
    () => ({
      ringing: t('calls.ringing'),
      onCall: t('calls.onCall'),
      inbound: <PhoneIncoming role="img" aria-label={t('calls.inbound')} size={14} />,
      outbound: <PhoneOutgoing role="img" aria-label={t('calls.outbound')} size={14} />,
      numberNotReported: t('calls.numberNotReported'),
      directionNotReported: t('calls.directionNotReported'),
    }),
    [t],
  )
  const items = virtual.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtual.getTotalSize() - (items.at(-1)?.end ?? 0)
  return (
    <div className={calls.length > MOST_ROWS_SHOWN ? 'call-scroll filled' : 'call-scroll'} ref={scroller} tabIndex={-1}>
      <table className="calls" aria-rowcount={calls.length + 1}>
        <caption className="visually-hidden">{t('calls.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('calls.state')}</th>
            <th scope="col">{t('calls.extension')}</th>
            <th scope="col">{t('calls.numberCalled')}</th>
            <th scope="col">{t('calls.duration')}</th>
            <th scope="col">{t('calls.account')}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden className="spacer">
              <td colSpan={COLUMNS} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const call = calls[item.index]
            if (!call) return null
            const focused = call.callId === focus
            return (
              <CallRow
                // Keyed by place, so a row that shows another call than before is updated in
                // place rather than taken out of the page and built again: on a busy floor the
                // calls at the top all change each poll. The focused call keeps its own row
                // (its element holds the keyboard focus) wherever it moves.
                key={focused ? `call:${callKey(call)}` : item.index}
                call={call}
                index={item.index}
                focused={focused}
                words={words}
                onRender={onRowRender}
              />
            )
          })}
          {after > 0 && (
            <tr aria-hidden className="spacer">
              <td colSpan={COLUMNS} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}

/** The words of a row, in the chosen language, and its direction icons named in it. */
interface RowWords {
  ringing: string
  onCall: string
  inbound: ReactElement
  outbound: ReactElement
  numberNotReported: string
  directionNotReported: string
}

/** One call; renders again only when its call object, its place on the board or the focus changes. */
const CallRow = memo(function CallRow({
  call,
  index,
  focused,
  words,
  onRender,
}: {
  call: LiveCall
  /** Its place on the board (for the virtualiser and assistive technology). */
  index: number
  focused: boolean
  words: RowWords
  onRender: ((key: string) => void) | undefined
}) {
  onRender?.(callKey(call))
  return (
    <tr
      aria-rowindex={index + 2}
      tabIndex={focused ? -1 : undefined}
      aria-current={focused ? 'true' : undefined}
      data-call-id={call.callId}
      className={[call.state === 'ringing' ? 'ringing' : '', focused ? 'focused' : ''].filter(Boolean).join(' ')}
    >
      <td>
        <span className={`badge call-state ${call.state}`}>
          {call.state === 'ringing' ? words.ringing : words.onCall}
        </span>
      </td>
      <td>
        <strong>{call.extension}</strong> {call.agentName && <span className="muted">{call.agentName}</span>}
      </td>
      <td>
        {/* The number receiving the call, as the provider names it; an arrow only for a reported direction. */}
        <span className="direction">
          {/* No icon when the provider does not say (a VoIPbin agent's ring): never guessed. */}
          {call.direction === 'inbound' && words.inbound}
          {call.direction === 'outbound' && words.outbound}
          {call.destination ?? <span className="muted">{words.numberNotReported}</span>}
          {call.direction === null && <span className="muted">({words.directionNotReported})</span>}
        </span>
      </td>
      <td className="mono">
        <Duration since={call.seenAt} />
      </td>
      <td className="muted">{call.accountLabel}</td>
    </tr>
  )
})

/** The time since the call was first seen in its state; the only part of a row that ticks. */
function Duration({ since }: { since: string }) {
  const now = useNow()
  return <>{formatDuration(now - Date.parse(since))}</>
}
