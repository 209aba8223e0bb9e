/** What the main process puts on the desktop: notifications, the tray's tooltip and its menu. */
export const desktop = {
  /** An inbound call, or one whose direction the provider did not report. */
  callRinging: 'Call ringing on {{who}}',
  outboundRinging: 'Outbound call ringing from {{who}}',
  /** The number receiving the call (Tel4vn's destination), never called the caller. */
  calledNumber: 'To {{number}}',
  numberNotReported: 'Number called not reported',
  directionNotReported: 'direction not reported',
  callsRinging_one: '{{count}} call ringing in {{account}}',
  callsRinging_other: '{{count}} calls ringing in {{account}}',
  agentRinging: '{{name}} is ringing',
  aiFailed: 'AI agent {{agent}} failed',
  aiTimedOut: 'AI agent {{agent}} timed out',
  testBody: 'Notifications work. A ringing call will appear like this.',
  /** A call that rang for the user and ended before anyone answered. */
  missedCall: 'Missed call on {{who}}',
  missedCalls_one: '{{count}} missed call in {{account}}',
  missedCalls_other: '{{count}} missed calls in {{account}}',
  /** VoIPbin: after a missed call the app set the agent's status to away, as the user chose. */
  awaySet: '{{name}} set to Away after a missed call',
  awaySetBody: 'VoIPbin offers no calls until you are Available again · {{account}}',
  awayFailed: 'Could not set {{name}} to Away after a missed call',
  /** The supervisor board's groups (queues, domains, accounts) and their thresholds. */
  figures: {
    /** An AloHub callin queue that AloHub gives no label for. */
    queue: 'Queue {{id}}',
    /** A group crossed into its alert level; its figures are the body. */
    alert: '{{group}} needs attention',
    ringing_one: '{{count}} call ringing',
    ringing_other: '{{count}} calls ringing',
    /** Counted from the poll that first saw the call ring: an estimate. */
    longest: 'longest ringing about {{seconds}} s',
    /** A group that was in alert is back under its warn level. */
    backToNormal: '{{group}} is back to normal',
    backToNormalBody: 'No threshold reached now · {{figures}}',
  },
  tray: {
    callsRinging_one: '{{count}} call ringing',
    callsRinging_other: '{{count}} calls ringing',
    missed_one: '{{count}} missed call',
    missed_other: '{{count}} missed calls',
    problems_one: '{{count}} problem',
    problems_other: '{{count}} problems',
    /** Groups of the supervisor board past their alert level. */
    groupsInAlert_one: '{{groups}} in alert',
    groupsInAlert_other: '{{count}} queues or teams in alert',
    /** Polls of these accounts keep failing, so rings may go unseen since that time. */
    mayBeMissedOn: 'calls may be missed on {{account}} since {{time}}',
    mayBeMissedAccounts_one: 'calls may be missed on {{count}} account since {{time}}',
    mayBeMissedAccounts_other: 'calls may be missed on {{count}} accounts since {{time}}',
    paused: 'notifications paused',
    pausedUntil: 'notifications paused until {{time}}',
    outsideHours: 'outside working hours',
    outsideHoursUntil: 'outside working hours until {{time}}',
  },
  menu: {
    open: 'Open AgentDesk',
    pause: 'Pause notifications',
    for15m: 'For 15 minutes',
    for1h: 'For 1 hour',
    untilResumed: 'Until I resume',
    untilTime: 'Until a time…',
    resume: 'Resume notifications',
    /** Opens the alert history, where the missed calls are (and so marks them seen). */
    missedCalls: 'Missed calls ({{count}})',
    /** Writes the logs, crash dumps, versions and each account's health into one zip for support. */
    saveDiagnostics: 'Save diagnostics…',
    /** A downloaded update: quits and installs it. */
    restartToUpdate: 'Restart to update ({{version}})',
    quit: 'Quit AgentDesk',
  },
}
