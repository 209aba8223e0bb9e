import type { Alert } from '../../shared/domain/live'
import type { Language } from '../../shared/domain/settings'
import { translator } from '../i18n/catalog'

import { buildCsv, type CsvValue } from './csv'

const kindKey = {
  missed: 'exports:kinds.missed',
  ringing: 'exports:kinds.ringing',
  agent_ringing: 'exports:kinds.agentRinging',
  ai_failed: 'exports:kinds.aiFailed',
  away_set: 'exports:kinds.awaySet',
  away_failed: 'exports:kinds.awayFailed',
  queue_alert: 'exports:kinds.queueAlert',
  queue_normal: 'exports:kinds.queueNormal',
} as const satisfies Record<Alert['kind'], string>

/** An export: its suggested file name, its bytes and how many rows it holds. */
export interface CsvFile {
  readonly fileName: string
  readonly bytes: Buffer
  readonly rows: number
}

/**
 * "2025-03-04 14:05:09" on the computer's clock (or the zone given): the form Excel reads as a date
 * and time in every locale, unlike a locale's own (03/04 is March in one, April in another).
 */
export function spreadsheetTime(timeZone: string | undefined): (iso: string) => string {
  // Swedish writes dates as ISO does; only the format is borrowed, no word of Swedish appears.
  const format = new Intl.DateTimeFormat('sv-SE', {
    ...(timeZone ? { timeZone } : {}),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
  return (iso) => format.format(new Date(iso))
}

/** What every export needs: the header's language, the day it is and the zone times are written in. */
export interface CsvOptions {
  readonly language: Language
  readonly now: Date
  readonly timeZone?: string
}

/**
 * The alert history (newest first, as kept) as CSV with the header row in the user's language.
 * Names, numbers and details are written as the providers gave them. (The missed calls of the
 * day come from their own log, which the history's bound does not cut short: `missed-csv.ts`.)
 */
export function alertsCsv(alerts: ReadonlyArray<Alert>, options: CsvOptions): CsvFile {
  const t = translator(options.language)
  const time = spreadsheetTime(options.timeZone)
  const yesNo = (value: boolean | undefined): CsvValue =>
    value === undefined ? null : t(value ? 'exports:yes' : 'exports:no')
  const day = spreadsheetTime(options.timeZone)(options.now.toISOString()).slice(0, 10)
  const header = ['time', 'kind', 'account', 'subject', 'calledNumber', 'detail', 'notified', 'seen'].map((column) =>
    t(`exports:columns.${column}`),
  )
  return {
    fileName: `agentdesk-alerts-${day}.csv`,
    rows: alerts.length,
    bytes: buildCsv(
      header,
      alerts.map((alert) => [
        time(alert.at),
        t(kindKey[alert.kind]),
        alert.accountLabel,
        alert.subject,
        alert.calledNumber ?? null,
        alert.detail,
        yesNo(alert.notified),
        yesNo(alert.seen),
      ]),
    ),
  }
}
