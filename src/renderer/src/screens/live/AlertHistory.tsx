import { Bot, BellRing, CircleCheck, PhoneMissed, Siren, UserMinus } from 'lucide-react'
import { memo, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Alert } from '../../../../shared/domain/live'

import { ExportButtons } from './ExportButtons'
import { formatTime } from './format'

const headline = {
  missed: 'alerts.missed',
  ringing: 'alerts.ringing',
  agent_ringing: 'alerts.agentRinging',
  ai_failed: 'alerts.aiFailed',
  away_set: 'alerts.awaySet',
  away_failed: 'alerts.awayFailed',
  queue_alert: 'alerts.queueAlert',
  queue_normal: 'alerts.queueNormal',
} as const satisfies Record<Alert['kind'], string>

/** Recent alerts, missed calls first, until the user clears them. */
export const AlertHistory = memo(function AlertHistory({
  alerts,
  onClear,
  onSeen,
  focus,
}: {
  alerts: ReadonlyArray<Alert>
  onClear: () => void
  /** Called when missed calls not seen before are in view, so the tray stops counting them. */
  onSeen: () => void
  /** A call or alert id a notification click asked for; its alerts are marked. */
  focus?: string | undefined
}) {
  const { t } = useTranslation('live')
  const isFocused = (alert: Alert) => focus !== undefined && (alert.id === focus || alert.id.endsWith(`:${focus}`))
  const focused = useRef<HTMLLIElement>(null)
  const focusedPresent = alerts.some(isFocused)
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'center' })
  }, [focus, focusedPresent])
  // The missed calls that were new when they came into view keep their mark while the screen is open.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set())
  const unseen = alerts.filter((alert) => alert.seen === false).map((alert) => alert.id)
  const unseenKey = unseen.join('|')
  useEffect(() => {
    if (unseenKey === '') return
    const ids = unseenKey.split('|')
    // A window hidden in the tray is not the user looking: wait until it shows.
    const seeIfShown = () => {
      if (document.visibilityState !== 'visible') return
      setFresh((before) => new Set([...before, ...ids]))
      onSeen()
    }
    seeIfShown()
    document.addEventListener('visibilitychange', seeIfShown)
    return () => document.removeEventListener('visibilitychange', seeIfShown)
  }, [unseenKey, onSeen])
  const ordered = [
    ...alerts.filter((alert) => alert.kind === 'missed'),
    ...alerts.filter((alert) => alert.kind !== 'missed'),
  ]
  return (
    <section className="card" aria-labelledby="alerts-title">
      <div className="section-head">
        <h2 id="alerts-title">{t('alerts.title')}</h2>
        <div className="button-row">
          <ExportButtons hasAlerts={alerts.length > 0} hasMissed={alerts.some((alert) => alert.kind === 'missed')} />
          <button type="button" className="button small" onClick={onClear} disabled={alerts.length === 0}>
            {t('alerts.clear')}
          </button>
        </div>
      </div>
      {alerts.length === 0 ? (
        <p className="muted">{t('alerts.none')}</p>
      ) : (
        <ul className="alerts">
          {ordered.slice(0, 50).map((alert) => (
            <li
              key={alert.id}
              ref={isFocused(alert) ? focused : undefined}
              className={isFocused(alert) ? `${alert.kind} focused` : alert.kind}
              aria-current={isFocused(alert) ? 'true' : undefined}
            >
              {alert.kind === 'missed' ? (
                <PhoneMissed aria-hidden size={16} />
              ) : alert.kind === 'away_set' || alert.kind === 'away_failed' ? (
                <UserMinus aria-hidden size={16} />
              ) : alert.kind === 'ai_failed' ? (
                <Bot aria-hidden size={16} />
              ) : alert.kind === 'queue_alert' ? (
                <Siren aria-hidden size={16} />
              ) : alert.kind === 'queue_normal' ? (
                <CircleCheck aria-hidden size={16} />
              ) : (
                <BellRing aria-hidden size={16} />
              )}
              <span>
                {fresh.has(alert.id) && <span className="badge new">{t('alerts.new')}</span>}{' '}
                <strong>{t(headline[alert.kind])}</strong> {alert.subject}
                {alert.calledNumber ? ` · ${t('alerts.calledNumber', { number: alert.calledNumber })}` : ''}
                {alert.detail ? ` · ${alert.detail}` : ''}
              </span>
              <span className="muted">
                {alert.accountLabel} · {formatTime(alert.at)}
                {alert.kind !== 'missed' && alert.kind !== 'away_set' && !alert.notified
                  ? ` · ${t('alerts.notNotified')}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
})
