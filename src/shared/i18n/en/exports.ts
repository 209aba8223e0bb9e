/** Exporting the alert history and its missed calls as CSV: the buttons and the file's header row. */
export const csvExports = {
  exportAlerts: 'Export CSV',
  exportMissed: 'Export missed calls',
  exporting: 'Exporting…',
  /** {{rows}} rows written to {{fileName}}. */
  saved_one: 'Saved {{rows}} row to {{fileName}}',
  saved_other: 'Saved {{rows}} rows to {{fileName}}',
  failed: 'The file could not be saved: {{reason}}',
  /** The columns of the CSV file, in the language chosen in Settings. */
  columns: {
    time: 'Time',
    kind: 'Alert',
    account: 'Account',
    subject: 'Who or what',
    calledNumber: 'Number called',
    detail: 'Detail',
    notified: 'Notified',
    seen: 'Seen',
  },
  /** The columns of the day's missed calls. */
  missedColumns: {
    time: 'Time',
    account: 'Account',
    extension: 'Extension',
    agent: 'Agent',
    calledNumber: 'Number called',
    queueIds: 'Queue IDs',
    queues: 'Queues',
  },
  /** A queue AloHub gives no label for. */
  unnamedQueue: 'Queue {{id}}',
  /** The last row when the day passed the log's bound. */
  missedBound:
    'Only the last {{limit}} missed calls of the day are kept: {{dropped}} earlier ones are not in this file.',
  kinds: {
    missed: 'Missed call',
    ringing: 'Call ringing',
    agentRinging: 'Agent ringing',
    aiFailed: 'AI agent failed',
    awaySet: 'Set to Away after a missed call',
    awayFailed: 'Could not set to Away after a missed call',
    queueAlert: 'Queue in alert',
    queueNormal: 'Queue back to normal',
  },
  yes: 'Yes',
  no: 'No',
}
