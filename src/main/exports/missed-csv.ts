import { translator } from '../i18n/catalog'
import type { MissedCallDay } from '../monitor/missed-call-log'

import { spreadsheetTime, type CsvFile, type CsvOptions } from './alert-csv'
import { buildCsv, type CsvValue } from './csv'

/**
 * The day's missed calls (oldest first) as CSV with the header row in the user's language: when,
 * on which account, whose extension, the number called and the queues by id and by label. When the
 * day passed the log's bound, a last row says how many earlier calls are not in the file.
 */
export function missedCallsCsv(log: MissedCallDay, options: CsvOptions): CsvFile {
  const t = translator(options.language)
  const time = spreadsheetTime(options.timeZone)
  const day = time(options.now.toISOString()).slice(0, 10)
  const header = ['time', 'account', 'extension', 'agent', 'calledNumber', 'queueIds', 'queues'].map((column) =>
    t(`exports:missedColumns.${column}`),
  )
  const rows: CsvValue[][] = log.entries.map((entry) => [
    time(entry.at),
    entry.accountLabel,
    entry.extension,
    entry.agentName,
    entry.calledNumber,
    entry.queues.map((queue) => queue.id).join(', ') || null,
    entry.queues.map((queue) => queue.label ?? t('exports:unnamedQueue', { id: queue.id })).join(', ') || null,
  ])
  if (log.dropped > 0) rows.push([t('exports:missedBound', { limit: log.limit, dropped: log.dropped })])
  return {
    fileName: `agentdesk-missed-calls-${day}.csv`,
    rows: log.entries.length,
    bytes: buildCsv(header, rows),
  }
}
