import { Download } from 'lucide-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CsvExport, ExportOutcome } from '../../../../shared/domain/exports'
import { useFailureText } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'

import { formatNumber } from './format'

/**
 * The browser harness serves an export at a path of its own origin: the page downloads it as a
 * browser would. In the app main has already written the file where the user chose.
 */
function download(outcome: ExportOutcome): void {
  if (outcome.outcome !== 'saved' || !outcome.downloadUrl) return
  const link = document.createElement('a')
  link.href = outcome.downloadUrl
  link.download = outcome.fileName
  link.click()
}

/** "Export CSV" for the whole history and for its missed calls; says where the file went. */
export function ExportButtons({ hasAlerts, hasMissed }: { hasAlerts: boolean; hasMissed: boolean }) {
  const { t } = useTranslation('exports')
  const client = useClient()
  const failureText = useFailureText()
  const [done, setDone] = useState<ExportOutcome>()
  const save = useCallback(
    async (what: CsvExport) => {
      setDone(undefined)
      const outcome = await client.call('alerts.exportCsv', { what })
      download(outcome)
      setDone(outcome)
    },
    [client],
  )
  const { run, busy, error } = useAction(save)
  return (
    <>
      <button type="button" className="button small" onClick={() => run('alerts')} disabled={!hasAlerts || busy}>
        <Download aria-hidden size={14} /> {t('exportAlerts')}
      </button>
      <button type="button" className="button small" onClick={() => run('missedCalls')} disabled={!hasMissed || busy}>
        <Download aria-hidden size={14} /> {t('exportMissed')}
      </button>
      <span role="status" className="muted small">
        {busy
          ? t('exporting')
          : error !== undefined
            ? t('failed', { reason: failureText(error) })
            : done?.outcome === 'saved'
              ? t('saved', { count: done.rows, rows: formatNumber(done.rows), fileName: done.fileName })
              : ''}
      </span>
    </>
  )
}
