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
  tray: {
    callsRinging_one: '{{count}} call ringing',
    callsRinging_other: '{{count}} calls ringing',
    missed_one: '{{count}} missed call',
    missed_other: '{{count}} missed calls',
    problems_one: '{{count}} problem',
    problems_other: '{{count}} problems',
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
    quit: 'Quit AgentDesk',
  },
}
