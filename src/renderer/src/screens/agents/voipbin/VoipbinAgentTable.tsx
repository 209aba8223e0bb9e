import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { settableVoipbinStatuses, type SettableVoipbinStatus } from '../../../../../shared/domain/voipbin'
import type { VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'
import { currentLocale } from '../../../i18n/i18n'

import { agentLabel, directSipUriOf, isEditableType, isSettableStatus } from './format-voipbin'

const SHOWN_ADDRESSES = 3

/** The agents of the loaded pages, each with its status switch, addresses and direct SIP address. */
export function VoipbinAgentTable({
  agents,
  busyAgent,
  rowProblem,
  onSetStatus,
  onEditAddresses,
  onRegenerate,
}: {
  agents: ReadonlyArray<VoipbinAgentView>
  busyAgent: string | undefined
  /** A failure of a row's own action, shown in that row. */
  rowProblem: { agentId: string; message: string } | undefined
  onSetStatus: (agent: VoipbinAgentView, status: SettableVoipbinStatus) => void
  onEditAddresses: (agent: VoipbinAgentView) => void
  onRegenerate: (agent: VoipbinAgentView) => void
}) {
  const { t } = useTranslation('voipbin')
  return (
    <div className="vb-table-scroll">
      <table className="data-table vb-agent-table" aria-label={t('table.label')}>
        <thead>
          <tr>
            <th scope="col">{t('table.agent')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.addresses')}</th>
            <th scope="col">{t('table.directSip')}</th>
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => {
            const label = agentLabel(agent)
            return (
              <tr key={agent.id}>
                <th scope="row">
                  <span className="vb-agent-name">{agent.name || agent.username}</span>
                  {agent.name && <span className="muted mono vb-username">{agent.username}</span>}
                </th>
                <td>
                  <StatusSwitch
                    agent={agent}
                    label={label}
                    busy={busyAgent === agent.id}
                    onSet={(status) => onSetStatus(agent, status)}
                  />
                  {rowProblem?.agentId === agent.id && (
                    <p className="field-error" role="alert">
                      {rowProblem.message}
                    </p>
                  )}
                </td>
                <td>
                  <AddressSummary agent={agent} />
                  <button
                    type="button"
                    className="button small vb-cell-action"
                    aria-label={t('table.editAddressesOf', { agent: label })}
                    onClick={() => onEditAddresses(agent)}
                  >
                    {t('table.editAddresses')}
                  </button>
                </td>
                <td>
                  {agent.directHash ? (
                    <SipUri uri={directSipUriOf(agent.directHash)} />
                  ) : (
                    <span className="muted">{t('table.none')}</span>
                  )}
                  <button
                    type="button"
                    className="button small vb-cell-action"
                    aria-label={
                      agent.directHash
                        ? t('table.regenerateOf', { agent: label })
                        : t('table.makeSipOf', { agent: label })
                    }
                    onClick={() => onRegenerate(agent)}
                  >
                    {agent.directHash ? t('table.regenerate') : t('table.makeSip')}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/**
 * The agent's status: a choice of the four a person may set, applied with "Set" so that moving
 * through the choices with the arrow keys sends nothing; "ringing" is VoIPbin's own, shown as it is.
 */
function StatusSwitch({
  agent,
  label,
  busy,
  onSet,
}: {
  agent: VoipbinAgentView
  label: string
  busy: boolean
  onSet: (status: SettableVoipbinStatus) => void
}) {
  const { t } = useTranslation('voipbin')
  const [chosen, setChosen] = useState<string>(agent.status)
  // A new status from VoIPbin (this app's answer or anyone's) replaces an unsent choice.
  const [seen, setSeen] = useState(agent.status)
  if (seen !== agent.status) {
    setSeen(agent.status)
    setChosen(agent.status)
  }
  // Once set, the Set button goes away: the keyboard focus goes back to the choice.
  const select = useRef<HTMLSelectElement>(null)
  const focusAfterSet = useRef(false)
  useEffect(() => {
    if (!focusAfterSet.current) return
    focusAfterSet.current = false
    select.current?.focus()
  }, [agent.status])
  const tone = agent.status === 'available' ? 'available' : agent.status === 'offline' ? '' : 'busy'
  if (agent.status === 'ringing') {
    return (
      <span className="vb-status">
        <span className="presence-dot ringing" aria-hidden />
        <span>
          {t('table.ringing')} <small className="muted">{t('table.setByVoipbin')}</small>
        </span>
      </span>
    )
  }
  const pending = chosen !== agent.status && isSettableStatus(chosen) ? chosen : undefined
  return (
    <span className="vb-status">
      <span className={`presence-dot ${tone}`} aria-hidden />
      <select
        ref={select}
        aria-label={t('table.statusOf', { agent: label })}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        {!isSettableStatus(agent.status) && (
          <option value={agent.status} disabled>
            {agent.status || t('table.unknown')}
          </option>
        )}
        {settableVoipbinStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      {pending && (
        <button
          type="button"
          className="button small primary"
          aria-label={t('table.setStatusOf', { agent: label, status: t(`status.${pending}`) })}
          aria-disabled={busy}
          onClick={() => {
            if (busy) return
            focusAfterSet.current = true
            onSet(pending)
          }}
        >
          {busy ? t('table.setting') : t('table.set')}
        </button>
      )}
    </span>
  )
}

/** A SIP URI that may wrap before its domain, and nowhere else. */
function SipUri({ uri }: { uri: string }) {
  const at = uri.lastIndexOf('@')
  return (
    <span className="mono vb-sip">
      {at < 0 ? (
        uri
      ) : (
        <>
          {uri.slice(0, at)}
          <wbr />
          {uri.slice(at)}
        </>
      )}
    </span>
  )
}

/** The first few addresses in words, and how many more. */
function AddressSummary({ agent }: { agent: VoipbinAgentView }) {
  const { t } = useTranslation('voipbin')
  if (agent.addresses.length === 0) return <span className="muted">{t('table.none')}</span>
  const shown = agent.addresses.slice(0, SHOWN_ADDRESSES)
  const more = agent.addresses.length - shown.length
  return (
    <ul className="vb-address-summary">
      {shown.map((address) => (
        <li key={`${address.type} ${address.target}`}>
          <span className="muted">
            {isEditableType(address.type) ? t(`addressType.${address.type}`) : address.type}
          </span>{' '}
          <span className="mono">{address.target}</span>
        </li>
      ))}
      {more > 0 && <li className="muted">{t('table.more', { number: more.toLocaleString(currentLocale()) })}</li>}
    </ul>
  )
}
