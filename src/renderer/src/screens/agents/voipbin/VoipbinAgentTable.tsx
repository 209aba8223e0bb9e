import { useEffect, useRef, useState } from 'react'

import { settableVoipbinStatuses, type SettableVoipbinStatus } from '../../../../../shared/domain/voipbin'
import { addressTypeLabels, statusLabels } from '../../../../../shared/domain/voipbin-forms'
import type { VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'

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
  return (
    <div className="vb-table-scroll">
      <table className="data-table vb-agent-table" aria-label="VoIPbin agents">
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Status</th>
            <th scope="col">Addresses</th>
            <th scope="col">Direct SIP address</th>
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
                    aria-label={`Edit addresses of ${label}`}
                    onClick={() => onEditAddresses(agent)}
                  >
                    Edit addresses
                  </button>
                </td>
                <td>
                  {agent.directHash ? (
                    <SipUri uri={directSipUriOf(agent.directHash)} />
                  ) : (
                    <span className="muted">None</span>
                  )}
                  <button
                    type="button"
                    className="button small vb-cell-action"
                    aria-label={`${agent.directHash ? 'Regenerate hash' : 'Make SIP address'} of ${label}`}
                    onClick={() => onRegenerate(agent)}
                  >
                    {agent.directHash ? 'Regenerate hash' : 'Make SIP address'}
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
          Ringing <small className="muted">(set by VoIPbin)</small>
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
        aria-label={`Status of ${label}`}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        {!isSettableStatus(agent.status) && (
          <option value={agent.status} disabled>
            {agent.status || 'Unknown'}
          </option>
        )}
        {settableVoipbinStatuses.map((status) => (
          <option key={status} value={status}>
            {statusLabels[status]}
          </option>
        ))}
      </select>
      {pending && (
        <button
          type="button"
          className="button small primary"
          aria-label={`Set status of ${label} to ${statusLabels[pending]}`}
          aria-disabled={busy}
          onClick={() => {
            if (busy) return
            focusAfterSet.current = true
            onSet(pending)
          }}
        >
          {busy ? 'Setting…' : 'Set'}
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
  if (agent.addresses.length === 0) return <span className="muted">None</span>
  const shown = agent.addresses.slice(0, SHOWN_ADDRESSES)
  const more = agent.addresses.length - shown.length
  return (
    <ul className="vb-address-summary">
      {shown.map((address) => (
        <li key={`${address.type} ${address.target}`}>
          <span className="muted">{isEditableType(address.type) ? addressTypeLabels[address.type] : address.type}</span>{' '}
          <span className="mono">{address.target}</span>
        </li>
      ))}
      {more > 0 && <li className="muted">and {more} more</li>}
    </ul>
  )
}
