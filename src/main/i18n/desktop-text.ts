import { connectionHealth, healthWords } from '../../shared/domain/connection-health'
import type { MonitorStatus } from '../../shared/domain/live'
import type { Language } from '../../shared/domain/settings'
import type { TrayMenuWords } from '../../shared/domain/tray'

import { translator } from './catalog'

/**
 * The words the main process puts on the desktop (notifications, the tray) in the language
 * the user chose in Settings, from the catalog's `desktop` namespace (src/shared/i18n).
 */
export interface DesktopText {
  /** An inbound call, or one whose direction the provider did not report. */
  readonly callRinging: (who: string) => string
  readonly outboundRinging: (who: string) => string
  /** The number receiving the call (Tel4vn's destination), never called the caller. */
  readonly calledNumber: (number: string) => string
  readonly numberNotReported: string
  readonly directionNotReported: string
  readonly callsRinging: (count: number, account: string) => string
  readonly agentRinging: (name: string) => string
  readonly aiFailed: (agent: string, timedOut: boolean) => string
  readonly testBody: string
  /** A call that rang for the user and ended before anyone answered. */
  readonly missedCall: (who: string) => string
  readonly missedCalls: (count: number, account: string) => string
  /** VoIPbin: the agent was set to away after a missed call, as the user chose; or it failed. */
  readonly awaySet: (name: string) => string
  readonly awaySetBody: (account: string) => string
  readonly awayFailed: (name: string) => string
  /** An AloHub callin queue AloHub gives no label for. */
  readonly queueLabel: (id: number) => string
  /** A queue or team crossed into its alert level, and its figures (longest ringing: an estimate). */
  readonly groupAlert: (group: string) => string
  readonly groupFigures: (ringing: number, longestSeconds: number | null) => string
  readonly groupBackToNormal: (group: string) => string
  readonly groupBackToNormalBody: (figures: string) => string
  /** Queues and teams past their alert level: named when one, counted when more. */
  readonly trayGroupsInAlert: (groups: ReadonlyArray<string>) => string
  readonly trayMissed: (count: number) => string
  /** The tray menu's entry to the alert history: "Missed calls (2)". */
  readonly trayMissedEntry: (count: number) => string
  /** The tray menu's "Restart to update (1.2.0)" once an update is downloaded. */
  readonly trayUpdateEntry: (version: string) => string
  readonly trayCallsRinging: (count: number) => string
  readonly trayProblems: (count: number) => string
  /** Polls of these accounts keep failing, so rings may go unseen since that time. */
  readonly trayCallsMayBeMissed: (accounts: ReadonlyArray<string>, time: string) => string
  readonly trayPaused: string
  readonly trayPausedUntil: (time: string) => string
  /** Alerts paused by working hours, until they begin again (null: no working day is set). */
  readonly trayOutsideHours: (time: string | null) => string
  /** One account's connection health, worded as on Accounts and Live. */
  readonly health: (
    account: string,
    status: MonitorStatus,
    formatTime: (iso: string) => string,
    brief?: boolean,
  ) => string
  readonly menu: TrayMenuWords
}

function wordsIn(language: Language): DesktopText {
  const translate = translator(language)
  const t = (key: string, options?: Record<string, unknown>) => translate(`desktop:${key}`, options)
  return {
    callRinging: (who) => t('callRinging', { who }),
    outboundRinging: (who) => t('outboundRinging', { who }),
    calledNumber: (number) => t('calledNumber', { number }),
    numberNotReported: t('numberNotReported'),
    directionNotReported: t('directionNotReported'),
    callsRinging: (count, account) => t('callsRinging', { count, account }),
    agentRinging: (name) => t('agentRinging', { name }),
    aiFailed: (agent, timedOut) => t(timedOut ? 'aiTimedOut' : 'aiFailed', { agent }),
    testBody: t('testBody'),
    missedCall: (who) => t('missedCall', { who }),
    missedCalls: (count, account) => t('missedCalls', { count, account }),
    awaySet: (name) => t('awaySet', { name }),
    awaySetBody: (account) => t('awaySetBody', { account }),
    awayFailed: (name) => t('awayFailed', { name }),
    queueLabel: (id) => t('figures.queue', { id }),
    groupAlert: (group) => t('figures.alert', { group }),
    groupFigures: (ringing, longestSeconds) =>
      [
        t('figures.ringing', { count: ringing }),
        ...(longestSeconds === null ? [] : [t('figures.longest', { seconds: longestSeconds })]),
      ].join(' · '),
    groupBackToNormal: (group) => t('figures.backToNormal', { group }),
    groupBackToNormalBody: (figures) => t('figures.backToNormalBody', { figures }),
    trayGroupsInAlert: (groups) => t('tray.groupsInAlert', { count: groups.length, groups: groups.join(', ') }),
    trayMissed: (count) => t('tray.missed', { count }),
    trayMissedEntry: (count) => t('menu.missedCalls', { count }),
    trayUpdateEntry: (version) => t('menu.restartToUpdate', { version }),
    trayCallsRinging: (count) => t('tray.callsRinging', { count }),
    trayProblems: (count) => t('tray.problems', { count }),
    trayCallsMayBeMissed: (accounts, time) =>
      accounts.length === 1
        ? t('tray.mayBeMissedOn', { account: accounts[0], time })
        : t('tray.mayBeMissedAccounts', { count: accounts.length, time }),
    trayPaused: t('tray.paused'),
    trayPausedUntil: (time) => t('tray.pausedUntil', { time }),
    trayOutsideHours: (time) => (time === null ? t('tray.outsideHours') : t('tray.outsideHoursUntil', { time })),
    health: (account, status, formatTime, brief = false) => {
      const health = connectionHealth(status)
      // The tooltip has room for the state only; the menu says why too.
      return `${account}: ${healthWords(translate, brief ? { ...health, problem: null } : health, formatTime)}`
    },
    menu: {
      open: t('menu.open'),
      pause: t('menu.pause'),
      for15m: t('menu.for15m'),
      for1h: t('menu.for1h'),
      untilResumed: t('menu.untilResumed'),
      untilTime: t('menu.untilTime'),
      resume: t('menu.resume'),
      saveDiagnostics: t('menu.saveDiagnostics'),
      quit: t('menu.quit'),
    },
  }
}

const texts: Readonly<Record<Language, DesktopText>> = { en: wordsIn('en'), vi: wordsIn('vi') }

/** The desktop's words in a language. */
export function desktopText(language: Language): DesktopText {
  return texts[language]
}
