import { X } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { addressIdentity } from '../../../../../shared/domain/voipbin-forms'
import type { VoipbinAddressView, VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { currentLocale } from '../../../i18n/i18n'
import { useClient } from '../../../ipc/client-context'

import { checkRows, rowChanges, rowsFrom, type AddressRow } from './address-rows'
import { AddressFields, fieldId } from './AddressFields'
import { agentLabel, describeAddress, listAddresses, ringMethodWords } from './format-voipbin'

type Stage =
  | { kind: 'edit' }
  | { kind: 'confirm'; removed: ReadonlyArray<VoipbinAddressView>; overwrite: boolean }
  | { kind: 'conflict'; current: ReadonlyArray<VoipbinAddressView> }

/**
 * One agent's addresses. VoIPbin replaces the whole list on every save, so what saving adds and
 * removes is always in view, removals are confirmed, and a list changed elsewhere since the
 * editor opened is shown beside this one for the user to choose; what the user typed is kept
 * until they choose to drop it.
 */
export function AddressEditor({
  accountId,
  agent,
  onClose,
  onAgent,
  onNotice,
}: {
  accountId: string
  agent: VoipbinAgentView
  onClose: () => void
  /** VoIPbin's answer, for the agents list. */
  onAgent: (agent: VoipbinAgentView) => void
  onNotice: (message: string) => void
}) {
  const client = useClient()
  const { t } = useTranslation('voipbin')
  const { t: states } = useTranslation('dataState')
  const idPrefix = useId()
  const [base, setBase] = useState<ReadonlyArray<VoipbinAddressView>>(agent.addresses)
  const [rows, setRowsState] = useState<AddressRow[]>(() => rowsFrom(agent.addresses))
  const [stage, setStage] = useState<Stage>({ kind: 'edit' })
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const heading = useRef<HTMLHeadingElement>(null)
  const label = agentLabel(agent)
  const check = checkRows(rows, t)
  const change = rowChanges(base, rows)
  const unchanged = change.added.length === 0 && change.removed.length === 0 && change.renamed.length === 0
  const invalidFromVoipbin = rows.filter((row, index) => {
    const problem = check.problems[index]
    return row.fromVoipbin && (problem?.type || problem?.target || problem?.name)
  }).length

  const question = useRef<HTMLDivElement>(null)
  const saveButton = useRef<HTMLButtonElement>(null)
  /** Where focus goes once React has drawn the outcome of a button: the button pressed may be gone. */
  const focusNext = useRef<'question' | 'save'>(undefined)

  useEffect(() => heading.current?.focus(), [])
  useEffect(() => {
    if (!focusNext.current) return
    ;(focusNext.current === 'question' ? question : saveButton).current?.focus()
    focusNext.current = undefined
  })

  /** Any edit makes a pending question about the earlier list moot. */
  const setRows = (next: AddressRow[]) => {
    setRowsState(next)
    setStage({ kind: 'edit' })
  }

  const save = async (confirmRemoval: boolean, overwrite: boolean) => {
    if (!check.valid) {
      setTried(true)
      const first = rows.find((_row, index) => {
        const problem = check.problems[index]
        return problem?.type || problem?.target || problem?.name
      })
      const problem = first && check.problems[rows.indexOf(first)]
      if (first && problem) {
        const field = problem.type ? 'type' : problem.target ? 'target' : 'name'
        document.getElementById(fieldId(idPrefix, first, field))?.focus()
      }
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const answer = await client.call('voipbin.saveAddresses', {
        accountId,
        agentId: agent.id,
        base: [...base],
        desired: check.valid,
        confirmRemoval,
        overwrite,
      })
      if (answer.outcome === 'saved' || answer.outcome === 'unchanged') {
        focusNext.current = 'save'
        onAgent(answer.agent)
        setBase(answer.agent.addresses)
        setRowsState(rowsFrom(answer.agent.addresses))
        setStage({ kind: 'edit' })
        setTried(false)
        if (answer.outcome === 'unchanged') {
          onNotice(t('editor.unchanged', { agent: label }))
        } else {
          const parts = [
            answer.added.length ? t('editor.added', { addresses: listAddresses(answer.added, t) }) : '',
            answer.removed.length ? t('editor.removed', { addresses: listAddresses(answer.removed, t) }) : '',
          ].filter(Boolean)
          const saved = parts.length
            ? t('editor.savedWith', { agent: label, changes: parts.join(t('editor.changeSeparator')) })
            : t('editor.saved', { agent: label })
          onNotice(answer.interrupted ? `${saved} ${states(`interrupted.${answer.interrupted}`)}` : saved)
        }
      } else if (answer.outcome === 'confirm_removal') {
        focusNext.current = 'question'
        setStage({ kind: 'confirm', removed: answer.removed, overwrite })
      } else {
        focusNext.current = 'question'
        setStage({ kind: 'conflict', current: answer.current })
      }
    } catch (caught) {
      focusNext.current = stage.kind === 'edit' ? 'save' : 'question'
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  /** "Keep them": the addresses that would have gone come back where they were; nothing else changes. */
  const keep = (removed: ReadonlyArray<VoipbinAddressView>) => {
    const present = new Set(rows.map((row) => addressIdentity({ type: row.type, target: row.target.trim() })))
    const next = [...rows]
    for (const address of removed) {
      if (present.has(addressIdentity(address))) continue
      const at = base.findIndex((known) => addressIdentity(known) === addressIdentity(address))
      next.splice(at < 0 ? next.length : Math.min(at, next.length), 0, ...rowsFrom([address]))
    }
    setRows(next)
    focusNext.current = 'save'
  }

  return (
    <section className="card vb-editor" aria-labelledby={`${idPrefix}-title`}>
      <div className="section-head">
        <h2 id={`${idPrefix}-title`} ref={heading} tabIndex={-1}>
          {t('editor.title', { agent: label })}
        </h2>
        <button type="button" className="icon-button" aria-label={t('editor.close')} onClick={onClose}>
          <X aria-hidden size={18} />
        </button>
      </div>
      <p className="muted vb-intro">
        {t('editor.intro', {
          name: agent.name || agent.username,
          ringMethod: ringMethodWords(agent.ringMethod, t).toLocaleLowerCase(currentLocale()),
        })}
      </p>

      {invalidFromVoipbin > 0 && (
        <div className="vb-warning" role="note">
          <strong>{t('editor.unsavable', { count: invalidFromVoipbin })}</strong>{' '}
          {t('editor.unsavableWhy', { count: invalidFromVoipbin })}
        </div>
      )}

      <form
        aria-label={t('editor.title', { agent: label })}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void save(false, false)
        }}
      >
        <AddressFields
          idPrefix={idPrefix}
          caption={t('editor.caption')}
          rows={rows}
          problems={check.problems}
          listProblem={check.listProblem}
          showAll={tried}
          empty={t('editor.empty')}
          onChange={setRows}
        />

        <div className="changes vb-changes" role="region" aria-label={t('editor.whatChanges')}>
          <h3>{t('editor.whatChanges')}</h3>
          {unchanged ? (
            <p className="muted">{t('editor.noChanges')}</p>
          ) : (
            <ul>
              {change.added.map(({ address, index }) => {
                const problem = check.problems[index]
                return (
                  <li key={`+${index}`} className="change-added">
                    {t('editor.willAdd', { address: describeAddress(address, t) })}
                    {(problem?.type || problem?.target) && (
                      <span className="field-error">{t('editor.notValidYet')}</span>
                    )}
                  </li>
                )
              })}
              {change.removed.map((address) => (
                <li key={`-${addressIdentity(address)}`} className="change-removed">
                  {t('editor.willRemove', { address: describeAddress(address, t) })}
                </li>
              ))}
              {change.renamed.map((address) => (
                <li key={`~${addressIdentity(address)}`}>
                  {t('editor.willRename', { address: describeAddress(address, t), name: address.name ?? '' })}
                </li>
              ))}
            </ul>
          )}
        </div>

        {stage.kind === 'confirm' && (
          <div
            className="vb-question"
            role="alertdialog"
            aria-labelledby={`${idPrefix}-confirm`}
            ref={question}
            tabIndex={-1}
          >
            <p id={`${idPrefix}-confirm`}>
              <strong>{t('editor.confirm', { count: stage.removed.length, agent: label })}</strong>{' '}
              {t('editor.confirmWhy', { name: agent.name || agent.username })}
            </p>
            <ul className="vb-address-list">
              {stage.removed.map((address) => (
                <li key={addressIdentity(address)} className="change-removed">
                  {describeAddress(address, t)}
                  {address.name ? ` (${address.name})` : ''}
                </li>
              ))}
            </ul>
            <div className="button-row">
              <button
                type="button"
                className="button danger"
                disabled={busy}
                onClick={() => void save(true, stage.overwrite)}
              >
                {t('editor.removeAndSave')}
              </button>
              <button type="button" className="button" onClick={() => keep(stage.removed)}>
                {t('editor.keep')}
              </button>
            </div>
          </div>
        )}

        {stage.kind === 'conflict' && (
          <div className="conflict" role="alert" ref={question} tabIndex={-1}>
            <p>
              <strong>{t('editor.conflictTitle')}</strong> {t('editor.conflictBody')}
            </p>
            <dl className="facts">
              <dt>{t('editor.nowInVoipbin')}</dt>
              <dd>
                <AddressList addresses={stage.current} other={check.valid ?? []} onlyHere={t('editor.onlyInVoipbin')} />
              </dd>
              <dt>{t('editor.yours')}</dt>
              <dd>
                <AddressList addresses={check.valid ?? []} other={stage.current} onlyHere={t('editor.onlyYours')} />
              </dd>
            </dl>
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  focusNext.current = 'save'
                  setBase(stage.current)
                  setRows(rowsFrom(stage.current))
                  setTried(false)
                }}
              >
                {t('editor.useTheirs')}
              </button>
              <button type="button" className="button danger" disabled={busy} onClick={() => void save(false, true)}>
                {t('editor.saveMine')}
              </button>
            </div>
          </div>
        )}

        {stage.kind === 'edit' && (
          <div className="form-actions button-row vb-actions">
            <button type="submit" className="button primary" disabled={busy} ref={saveButton}>
              {busy ? t('editor.saving') : t('editor.save')}
            </button>
            {tried && !check.valid && (
              <p className="field-error" role="alert">
                {t('editor.fixFirst')}
              </p>
            )}
          </div>
        )}
      </form>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  )
}

/** A list of addresses, those missing from the other list tagged, so the difference shows at a glance. */
function AddressList({
  addresses,
  other,
  onlyHere,
}: {
  addresses: ReadonlyArray<VoipbinAddressView>
  other: ReadonlyArray<VoipbinAddressView>
  onlyHere: string
}) {
  const { t } = useTranslation('voipbin')
  if (addresses.length === 0) return <span className="muted">{t('editor.none')}</span>
  const elsewhere = new Set(other.map(addressIdentity))
  return (
    <ul className="vb-address-list">
      {addresses.map((address) => (
        <li key={addressIdentity(address)}>
          {describeAddress(address, t)}
          {address.name ? <span className="muted"> ({address.name})</span> : null}
          {!elsewhere.has(addressIdentity(address)) && <span className="tag vb-only">{onlyHere}</span>}
        </li>
      ))}
    </ul>
  )
}
