import { createHash } from 'node:crypto'

/** What a desktop notification's id and body may hold (`desktopNotificationSchema`). */
const MAX_ID = 200
const MAX_BODY = 1000

/**
 * The id of a notification that speaks for several calls or alerts. Joining their ids overflows
 * the limit once a few dozen ring at once (and the poll failed on it); a digest of the sorted ids
 * stays short, is the same for the same set across polls and restarts (the gate's "notified
 * before" check) and differs for another set. Closing and dismissing find it by this id, and the
 * calls it covers travel beside it (`covers`), so nothing needs to read them back out of the id.
 */
export function burstId(kind: string, ids: ReadonlyArray<string>): string {
  const digest = createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('base64url')
    .slice(0, 22)
  return `${kind}:${ids.length}:${digest}`.slice(0, MAX_ID)
}

/**
 * A burst's body names its parts until the notification is full, then ends with "…": the title
 * already says how many there are, and the board lists every one.
 */
export function burstBody(parts: ReadonlyArray<string>): string {
  const whole = parts.join(', ')
  if (whole.length <= MAX_BODY) return whole
  let body = ''
  for (const part of parts) {
    const next = body === '' ? part : `${body}, ${part}`
    if (next.length > MAX_BODY - 3) break
    body = next
  }
  return `${body}, …`
}
