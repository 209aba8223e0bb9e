import { KeyRound, ShieldAlert } from 'lucide-react'
import { useState } from 'react'

import type { AccountView, ConnectionTestResult } from '../../../../shared/domain/accounts'
import { providerNames } from '../../../../shared/domain/providers'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'

import { ConnectionResult } from './ConnectionResult'

/** One account: what it is, whether its key is set, and what can be done with it. */
export function AccountCard({ account, onEdit }: { account: AccountView; onEdit: () => void }) {
  const client = useClient()
  const [test, setTest] = useState<ConnectionTestResult>()
  const [testing, setTesting] = useState(false)
  const [confirmRemove, setConfirmRemove] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const { id, provider, label, baseUrl, tenantId, role, polling } = account

  const runTest = async () => {
    setTesting(true)
    setFailure(undefined)
    try {
      setTest(
        await client.call('accounts.test', {
          draft: { provider, label, baseUrl, tenantId, role, polling },
          accountId: id,
        }),
      )
    } catch (error) {
      setFailure(error)
    } finally {
      setTesting(false)
    }
  }

  const remove = async () => {
    setFailure(undefined)
    try {
      await client.call('accounts.remove', { id })
    } catch (error) {
      setFailure(error)
      setConfirmRemove(false)
    }
  }

  return (
    <li className="card account-card" aria-label={label}>
      <div className="account-head">
        <span className={`provider-badge provider-${provider}`}>{providerNames[provider]}</span>
        <h3>{label}</h3>
        {account.demo && <span className="tag">Demo</span>}
      </div>
      <dl className="facts compact">
        <dt>Address</dt>
        <dd className="mono">{baseUrl}</dd>
        {tenantId && (
          <>
            <dt>Tenant</dt>
            <dd>{tenantId}</dd>
          </>
        )}
        <dt>Role</dt>
        <dd>{role.kind === 'agent' ? `Agent, extension ${role.extension}` : 'Supervisor'}</dd>
        <dt>Monitor</dt>
        <dd>
          {polling.enabled
            ? polling.intervalSeconds
              ? `Every ${polling.intervalSeconds} s`
              : 'On, default interval'
            : 'Off'}
        </dd>
        <dt>Key</dt>
        <dd className={account.hasSecret ? 'key-set' : 'key-missing'}>
          {account.demo ? (
            <>
              <KeyRound aria-hidden size={14} /> Built-in demo key, kept in memory only
            </>
          ) : account.hasSecret ? (
            <>
              <KeyRound aria-hidden size={14} /> Saved in the keychain
            </>
          ) : (
            <>
              <ShieldAlert aria-hidden size={14} /> Not set: edit the account to add it
            </>
          )}
        </dd>
      </dl>
      {test && <ConnectionResult result={test} />}
      {failure !== undefined && <ErrorNotice error={failure} />}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => void runTest()}
          disabled={testing || !account.hasSecret}
        >
          {testing ? 'Testing…' : 'Test connection'}
        </button>
        {!account.demo && (
          <button type="button" className="button" onClick={onEdit}>
            Edit
          </button>
        )}
        {!account.demo &&
          (confirmRemove ? (
            <span className="confirm" role="group" aria-label="Confirm removal">
              <span>Remove it and delete its key from the keychain?</span>
              <button type="button" className="button danger" onClick={() => void remove()}>
                Remove
              </button>
              <button type="button" className="button" onClick={() => setConfirmRemove(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmRemove(true)}>
              Remove…
            </button>
          ))}
      </div>
    </li>
  )
}
