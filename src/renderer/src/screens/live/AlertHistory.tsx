import type { TFunction } from 'i18next'
import { Bot, BellRing, CircleCheck, PhoneMissed, Siren, UserMinus } from 'lucide-react'
import { memo, useEffect, useRef, useState, type RefObject } from 'react'
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
          {ordered.slice(0, 50).map((alert, place) => {
            const focusedHere = isFocused(alert)
            return (
              <AlertItem
                // Keyed by place, like the call rows: when a busy floor brings 50 new alerts in
                // one poll, the items in the page are updated in place instead of rebuilt. The
                // focused alert keeps its own item, which the page scrolls to.
                key={focusedHere ? `alert:${alert.id}` : place}
                alert={alert}
                focusedRef={focusedHere ? focused : undefined}
                fresh={fresh.has(alert.id)}
                t={t}
              />
            )
          })}
        </ul>
      )}
    </section>
  )
})

/** One alert; renders again only when one of its fields, its mark or the language changed. */
const AlertItem = memo(
  function AlertItem({
    alert,
    focusedRef,
    fresh,
    t,
  }: {
    alert: Alert
    /** Given to the focused alert only. */
    focusedRef: RefObject<HTMLLIElement | null> | undefined
    fresh: boolean
    t: TFunction<'live'>
  }) {
    const focused = focusedRef !== undefined
    return (
      <li
        ref={focusedRef}
        className={focused ? `${alert.kind} focused` : alert.kind}
        aria-current={focused ? 'true' : undefined}
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
          {fresh && <span className="badge new">{t('alerts.new')}</span>} <strong>{t(headline[alert.kind])}</strong>{' '}
          {alert.subject}
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
    )
  },
  // Each alerts.changed brings new objects for the same alerts: compared by what they hold.
  (before, after) =>
    before.focusedRef === after.focusedRef &&
    before.fresh === after.fresh &&
    before.t === after.t &&
    sameAlert(before.alert, after.alert),
)

function sameAlert(a: Alert, b: Alert): boolean {
  if (a === b) return true
  const keys = Object.keys(a) as Array<keyof Alert>
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}
