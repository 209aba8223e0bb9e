import { Copy } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { PanelHead } from '../../../components/PanelHead'
import { useClient } from '../../../ipc/client-context'

import { agentLabel, directSipUriOf } from './format-voipbin'

type CopyState = 'copied' | 'failed' | undefined

/**
 * A new direct hash for one agent: the old SIP URI stops working the moment VoIPbin makes the
 * new one, so the user confirms first, then gets the new URI to copy.
 */
export function DirectHashPanel({
  accountId,
  agent,
  onClose,
  onAgent,
}: {
  accountId: string
  agent: VoipbinAgentView
  onClose: () => void
  onAgent: (agent: VoipbinAgentView) => void
}) {
  const client = useClient()
  const { t } = useTranslation('voipbin')
  const idPrefix = useId()
  const [sipUri, setSipUri] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const [copy, setCopy] = useState<CopyState>()
  const uriField = useRef<HTMLInputElement>(null)
  const copyButton = useRef<HTMLButtonElement>(null)
  const label = agentLabel(agent)
  // As it was when the panel opened: the list's copy of the agent changes with the answer.
  const [oldUri] = useState(() => (agent.directHash ? directSipUriOf(agent.directHash) : undefined))

  // The confirming button goes away with the answer: focus moves to the new address's Copy button.
  useEffect(() => {
    if (sipUri) copyButton.current?.focus()
  }, [sipUri])

  const regenerate = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const answer = await client.call('voipbin.regenerateHash', { accountId, agentId: agent.id })
      onAgent(answer.agent)
      setSipUri(answer.sipUri)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  const copyUri = async () => {
    if (!sipUri) return
    try {
      // Absent outside a secure context, whatever the DOM types say.
      const clipboard = navigator.clipboard as Clipboard | undefined
      if (!clipboard) throw new Error('no clipboard')
      await clipboard.writeText(sipUri)
      setCopy('copied')
    } catch {
      // The clipboard may be refused (permissions, focus): the address is selected for the user to copy.
      setCopy('failed')
      uriField.current?.focus()
      uriField.current?.select()
    }
  }

  return (
    <section className="card vb-editor vb-hash" aria-labelledby={`${idPrefix}-title`}>
      <PanelHead
        id={`${idPrefix}-title`}
        title={t('hash.title', { agent: label })}
        closeLabel={t('hash.close')}
        onClose={onClose}
      />

      {sipUri === undefined ? (
        <div className="vb-question" role="alertdialog" aria-labelledby={`${idPrefix}-confirm`}>
          <p id={`${idPrefix}-confirm`}>
            <strong>
              {oldUri ? t('hash.regenerateQuestion', { agent: label }) : t('hash.makeQuestion', { agent: label })}
            </strong>{' '}
            {oldUri ? t('hash.regenerateWhy') : t('hash.makeWhy')}
          </p>
          {oldUri && (
            <dl className="facts compact">
              <dt>{t('hash.stopsWorking')}</dt>
              <dd className="mono">{oldUri}</dd>
            </dl>
          )}
          <div className="button-row">
            {/* Not disabled while busy: a disabled button would drop the keyboard focus. */}
            <button
              type="button"
              className="button danger"
              aria-disabled={busy}
              onClick={() => {
                if (!busy) void regenerate()
              }}
            >
              {busy ? t('hash.regenerating') : oldUri ? t('hash.regenerate') : t('hash.make')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('hash.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="vb-new-uri">
          <p>
            <strong>{t('hash.newUri', { agent: label })}</strong>{' '}
            {oldUri ? t('hash.oldGone') : t('hash.reachesDirectly')}
          </p>
          <div className="inline-fields">
            <label htmlFor={`${idPrefix}-uri`}>{t('hash.sipUri')}</label>
            <input
              id={`${idPrefix}-uri`}
              ref={uriField}
              className="mono vb-uri"
              readOnly
              value={sipUri}
              aria-describedby={copy ? `${idPrefix}-copy` : undefined}
              onFocus={(event) => event.target.select()}
            />
            <button type="button" className="button small" ref={copyButton} onClick={() => void copyUri()}>
              <Copy aria-hidden size={14} /> {t('hash.copy')}
            </button>
          </div>
          <p id={`${idPrefix}-copy`} role="status" className={copy === 'failed' ? 'field-error' : 'vb-ok'}>
            {copy === 'copied' ? t('hash.copied') : copy === 'failed' ? t('hash.copyRefused') : ''}
          </p>
        </div>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  )
}
