import { Download, Upload } from 'lucide-react'
import { useRef, useState } from 'react'

import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'

/** Accounts to and from a JSON file; keys never travel in it. */
export function ImportExport({ canExport }: { canExport: boolean }) {
  const client = useClient()
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
      setMessage(`Exported to ${fileName}, without keys.`)
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
      setMessage(
        `Imported ${added} account${added === 1 ? '' : 's'}${skipped ? `, skipped ${skipped} already here` : ''}. Add each key before use.`,
      )
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
          <Download aria-hidden size={16} /> Export
        </button>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          <Upload aria-hidden size={16} /> Import
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label="Accounts file to import"
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
