import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { DiagnosticsOutcome } from '../../../../shared/domain/diagnostics'
import { useFailureText } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'

/** The harness serves the archive at a path of its own origin; in the app main already wrote it. */
function download(outcome: DiagnosticsOutcome): void {
  if (outcome.outcome !== 'saved' || !outcome.downloadUrl) return
  const link = document.createElement('a')
  link.href = outcome.downloadUrl
  link.download = outcome.fileName
  link.click()
}

/** "Save diagnostics…": one zip to hand to support; main builds it without any secret. */
export function DiagnosticsSection() {
  const client = useClient()
  const { t } = useTranslation('settings')
  const failureText = useFailureText()
  const [done, setDone] = useState<DiagnosticsOutcome>()
  const save = useCallback(async () => {
    setDone(undefined)
    const outcome = await client.call('diagnostics.save')
    download(outcome)
    setDone(outcome)
  }, [client])
  const { run, busy, error } = useAction(save)
  return (
    <section className="card" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('diagnostics.title')}</h2>
      <p className="muted">{t('diagnostics.intro')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => run()}>
          {t('diagnostics.save')}
        </button>
        <p className="status-line" role="status">
          {busy
            ? t('diagnostics.saving')
            : error !== undefined
              ? t('diagnostics.failed', { reason: failureText(error) })
              : done?.outcome === 'saved'
                ? t('diagnostics.saved', { fileName: done.fileName, files: done.files })
                : ''}
        </p>
      </div>
    </section>
  )
}
