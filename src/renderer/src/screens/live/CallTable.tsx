import { PhoneIncoming, PhoneOutgoing } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import type { LiveCall } from '../../../../shared/domain/live'

import { formatDuration } from './format'
import { useNow } from './useLive'

/** Calls ringing and on call, ringing first, with durations ticking; the focused one in view. */
export function CallTable({ calls, focus }: { calls: ReadonlyArray<LiveCall>; focus?: string | undefined }) {
  const { t } = useTranslation('live')
  const now = useNow()
  const focused = useRef<HTMLTableRowElement>(null)
  const focusedPresent = calls.some((call) => call.callId === focus)
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'center' })
    focused.current?.focus()
  }, [focus, focusedPresent])
  return (
    <table className="calls">
      <caption className="visually-hidden">{t('calls.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('calls.state')}</th>
          <th scope="col">{t('calls.extension')}</th>
          <th scope="col">{t('calls.numberCalled')}</th>
          <th scope="col">{t('calls.duration')}</th>
          <th scope="col">{t('calls.account')}</th>
        </tr>
      </thead>
      <tbody>
        {calls.map((call) => (
          <tr
            key={`${call.accountId}:${call.callId}`}
            ref={call.callId === focus ? focused : undefined}
            tabIndex={call.callId === focus ? -1 : undefined}
            aria-current={call.callId === focus ? 'true' : undefined}
            data-call-id={call.callId}
            className={[call.state === 'ringing' ? 'ringing' : '', call.callId === focus ? 'focused' : '']
              .filter(Boolean)
              .join(' ')}
          >
            <td>
              <span className={`badge call-state ${call.state}`}>
                {call.state === 'ringing' ? t('calls.ringing') : t('calls.onCall')}
              </span>
            </td>
            <td>
              <strong>{call.extension}</strong> {call.agentName && <span className="muted">{call.agentName}</span>}
            </td>
            <td>
              {/* The number receiving the call, as the provider names it; an arrow only for a reported direction. */}
              <span className="direction">
                {/* No icon when the provider does not say (a VoIPbin agent's ring): never guessed. */}
                {call.direction === 'inbound' && <PhoneIncoming role="img" aria-label={t('calls.inbound')} size={14} />}
                {call.direction === 'outbound' && (
                  <PhoneOutgoing role="img" aria-label={t('calls.outbound')} size={14} />
                )}
                {call.destination ?? <span className="muted">{t('calls.numberNotReported')}</span>}
                {call.direction === null && <span className="muted">({t('calls.directionNotReported')})</span>}
              </span>
            </td>
            <td className="mono">{formatDuration(now - Date.parse(call.seenAt))}</td>
            <td className="muted">{call.accountLabel}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
