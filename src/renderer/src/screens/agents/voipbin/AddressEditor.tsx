import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { addressIdentity } from '../../../../../shared/domain/voipbin-forms'
import type { VoipbinAddressView, VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'
import { ConfirmQuestion } from '../../../components/ConfirmQuestion'
import { ConflictView } from '../../../components/ConflictView'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { PanelHead } from '../../../components/PanelHead'
import { useFocusAfterRender } from '../../../components/useFocusAfterRender'
import { useListEditor } from '../../../components/useListEditor'
import { currentLocale } from '../../../i18n/i18n'
import { useClient } from '../../../ipc/client-context'

import { rowChanges, rowsFrom, type AddressRow } from './address-rows'
import { AddressFields } from './AddressFields'
import { agentLabel, describeAddress, listAddresses, ringMethodWords } from './format-voipbin'
import { useAddressRows } from './useAddressRows'

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
  const addresses = useAddressRows(idPrefix, () => rowsFrom(agent.addresses))
  const { rows, check } = addresses
  const [tried, setTried] = useState(false)
  const question = useRef<HTMLDivElement>(null)
  const conflict = useRef<HTMLElement>(null)
  const saveButton = useRef<HTMLButtonElement>(null)
  const focusAfter = useFocusAfterRender()
  const focusQuestion = () => focusAfter(() => question.current ?? conflict.current)
  const focusSave = () => focusAfter(() => saveButton.current)
  const label = agentLabel(agent)
  const list = useListEditor({
    initial: agent.addresses,
    send: ({ base, confirmRemoval, overwrite }) =>
      client.call('voipbin.saveAddresses', {
        accountId,
        agentId: agent.id,
        base: [...base],
        desired: check.valid ?? [],
        confirmRemoval,
        overwrite,
      }),
    // A question or a change made elsewhere, just shown, takes the focus.
    onAsk: focusQuestion,
    onDone: (answer) => {
      focusSave()
      onAgent(answer.agent)
      list.rebase(answer.agent.addresses)
      addresses.setRows(rowsFrom(answer.agent.addresses))
      setTried(false)
      if (answer.outcome === 'unchanged') return onNotice(t('editor.unchanged', { agent: label }))
      const parts = [
        answer.added.length ? t('editor.added', { addresses: listAddresses(answer.added, t) }) : '',
        answer.removed.length ? t('editor.removed', { addresses: listAddresses(answer.removed, t) }) : '',
      ].filter(Boolean)
      const saved = parts.length
        ? t('editor.savedWith', { agent: label, changes: parts.join(t('editor.changeSeparator')) })
        : t('editor.saved', { agent: label })
      onNotice(answer.interrupted ? `${saved} ${states(`interrupted.${answer.interrupted}`)}` : saved)
    },
  })
  const { base, stage } = list
  const change = rowChanges(base, rows)
  const unchanged = change.added.length === 0 && change.removed.length === 0 && change.renamed.length === 0
  const invalidFromVoipbin = rows.filter((row, index) => {
    const problem = check.problems[index]
    return row.fromVoipbin && (problem?.type || problem?.target || problem?.name)
  }).length

  /** Any edit makes a pending question about the earlier list moot. */
  const setRows = (next: AddressRow[]) => {
    addresses.setRows(next)
    list.keepEditing()
  }

  const save = (confirmRemoval: boolean, overwrite: boolean) => {
    if (!check.valid) {
      setTried(true)
      addresses.focusFirstProblem()
      return
    }
    // Should the save fail, the focus stays where the user pressed.
    if (stage.kind === 'edit') focusSave()
    else focusQuestion()
    void list.save(confirmRemoval, overwrite)
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
    focusSave()
  }

  return (
    <section className="card vb-editor" aria-labelledby={`${idPrefix}-title`}>
      <PanelHead
        id={`${idPrefix}-title`}
        title={t('editor.title', { agent: label })}
        closeLabel={t('editor.close')}
        onClose={onClose}
      />
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
          save(false, false)
        }}
      >
        <AddressFields
          {...addresses.fields}
          caption={t('editor.caption')}
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
          <ConfirmQuestion
            className="vb-question"
            focusRef={question}
            question={t('editor.confirm', { count: stage.removed.length, agent: label })}
            why={t('editor.confirmWhy', { name: agent.name || agent.username })}
            yes={t('editor.removeAndSave')}
            no={t('editor.keep')}
            busy={list.busy}
            onYes={() => save(true, stage.overwrite)}
            onNo={() => keep(stage.removed)}
          >
            <ul className="vb-address-list">
              {stage.removed.map((address) => (
                <li key={addressIdentity(address)} className="change-removed">
                  {describeAddress(address, t)}
                  {address.name ? ` (${address.name})` : ''}
                </li>
              ))}
            </ul>
          </ConfirmQuestion>
        )}

        {stage.kind === 'conflict' && (
          <ConflictView
            focusRef={conflict}
            title={t('editor.conflictTitle')}
            body={t('editor.conflictBody')}
            theirs={{
              label: t('editor.nowInVoipbin'),
              content: (
                <AddressList addresses={stage.current} other={check.valid ?? []} onlyHere={t('editor.onlyInVoipbin')} />
              ),
            }}
            mine={{
              label: t('editor.yours'),
              content: (
                <AddressList addresses={check.valid ?? []} other={stage.current} onlyHere={t('editor.onlyYours')} />
              ),
            }}
            actions={
              <>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    focusSave()
                    list.useTheirs(stage.current)
                    addresses.setRows(rowsFrom(stage.current))
                    setTried(false)
                  }}
                >
                  {t('editor.useTheirs')}
                </button>
                <button type="button" className="button danger" disabled={list.busy} onClick={() => save(false, true)}>
                  {t('editor.saveMine')}
                </button>
              </>
            }
          />
        )}

        {stage.kind === 'edit' && (
          <div className="form-actions button-row vb-actions">
            <button type="submit" className="button primary" disabled={list.busy} ref={saveButton}>
              {list.busy ? t('editor.saving') : t('editor.save')}
            </button>
            {tried && !check.valid && (
              <p className="field-error" role="alert">
                {t('editor.fixFirst')}
              </p>
            )}
          </div>
        )}
      </form>
      {list.error !== undefined && <ErrorNotice error={list.error} />}
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
