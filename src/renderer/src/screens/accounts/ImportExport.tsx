import { Download, Upload } from 'lucide-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'
import { formatNumber } from '../live/format'

/** Accounts to and from a JSON file; keys never travel in it. */
export function ImportExport({ canExport }: { canExport: boolean }) {
  const client = useClient()
  const { t } = useTranslation('accounts')
  const input = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState<string>()
  const [failure, setFailure] = useState<unknown>()

  const exportFile = async () => {
    setFailure(undefined)
    try {
      const { fileName, json } = await client.call('accounts.export')
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
      const link = document.createElement('a')
      link.href = url
      link.download = fileName
      link.click()
      URL.revokeObjectURL(url)
      setMessage(t('file.exported', { fileName }))
    } catch (error) {
      setFailure(error)
    }
  }

  const importFile = async (file: File | undefined) => {
    if (!file) return
    setFailure(undefined)
    setMessage(undefined)
    try {
      const { added, skipped } = await client.call('accounts.import', { text: await file.text() })
      const counts = { count: added, added: formatNumber(added), skipped: formatNumber(skipped) }
      setMessage(skipped ? t('file.importedSkipped', counts) : t('file.imported', counts))
    } catch (error) {
      setFailure(error)
    } finally {
      if (input.current) input.current.value = ''
    }
  }

  return (
    <div className="import-export">
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportFile()} disabled={!canExport}>
          <Download aria-hidden size={16} /> {t('file.export')}
        </button>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          <Upload aria-hidden size={16} /> {t('file.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label={t('file.input')}
          onChange={(event) => void importFile(event.target.files?.[0])}
        />
      </div>
      {message && (
        <p className="status-line" role="status">
          {message}
        </p>
      )}
      {failure !== undefined && <ErrorNotice error={failure} />}
    </div>
  )
}
