import type { DesktopText } from '../i18n/desktop-text'

import { burstBody, burstId } from './burst-notification'
import type { NotificationRequest } from './watchers/watcher'

/** A ring that ended unanswered, as a watcher names it. */
export interface MissedRing {
  /** The missed alert's id (`missed:<call id>`): the notification's too, so a click finds it. */
  readonly alertId: string
  /** Whose phone rang: "101 (Nguyễn Văn An)". */
  readonly who: string
  /** What else the provider said (the number called); null when nothing. */
  readonly detail: string | null
}

/**
 * The "Missed" notifications of one poll: one per call, or one for several at once. They stay
 * on the desktop until the user acts on them (the history keeps each call, unseen, meanwhile).
 */
export function missedNotifications(
  accountLabel: string,
  missed: ReadonlyArray<MissedRing>,
  text: DesktopText,
): NotificationRequest[] {
  const [only] = missed
  if (!only) return []
  if (missed.length === 1) {
    return [
      {
        id: only.alertId,
        title: text.missedCall(only.who),
        body: [only.detail, accountLabel].filter((part) => part !== null).join(' · '),
        focus: only.alertId,
        persistent: true,
      },
    ]
  }
  const ids = missed.map((ring) => ring.alertId)
  return [
    {
      id: burstId('missed', ids),
      title: text.missedCalls(missed.length, accountLabel),
      body: burstBody(missed.map((ring) => ring.who)),
      covers: ids,
      focus: only.alertId,
      persistent: true,
    },
  ]
}
