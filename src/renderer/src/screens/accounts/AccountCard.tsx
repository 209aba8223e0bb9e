import { KeyRound, ShieldAlert } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { AccountView, ConnectionTestResult } from '../../../../shared/domain/accounts'
import type { MonitorStatus } from '../../../../shared/domain/live'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'
import { formatNumber } from '../live/format'
import { HealthLine } from '../live/HealthLine'
import { PushLabel, PushOffNote } from '../live/PushStatus'

import { ConnectionResult } from './ConnectionResult'
import { RelayLine } from './RelayLine'

/** One account: what it is, whether its key is set, how it is watched, and what can be done with it. */
export function AccountCard({
  account,
  monitor,
  onEdit,
}: {
  account: AccountView
  /** The live monitor's status of this account, while it is monitored. */
  monitor?: MonitorStatus | undefined
  onEdit: () => void
}) {
  const client = useClient()
  const { t } = useTranslation('accounts')
  const [test, setTest] = useState<ConnectionTestResult>()
  const [testing, setTesting] = useState(false)
  const [confirmRemove, setConfirmRemove] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const { id, provider, label, baseUrl, tenantId, role, polling, tel4vnSignIn, voipbinCustomerId } = account

  const runTest = async () => {
    setTesting(true)
    setFailure(undefined)
    try {
      setTest(
        await client.call('accounts.test', {
          // The sign-in way and customer id too: a Tel4vn key exchange tested as a token would fail.
          draft: {
            provider,
            label,
            baseUrl,
            tenantId,
            role,
            polling,
            ...(tel4vnSignIn ? { tel4vnSignIn } : {}),
            ...(voipbinCustomerId !== undefined ? { voipbinCustomerId } : {}),
          },
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
        <span className={`provider-badge provider-${provider}`}>{t(`providers.${provider}`)}</span>
        <h3>{label}</h3>
        {account.demo && <span className="tag">{t('card.demo')}</span>}
      </div>
      <dl className="facts compact">
        <dt>{t('card.address')}</dt>
        <dd className="mono">{baseUrl}</dd>
        {tenantId && (
          <>
            <dt>{t('card.tenant')}</dt>
            <dd>{tenantId}</dd>
          </>
        )}
        <dt>{t('card.role')}</dt>
        <dd>{role.kind === 'agent' ? t('card.agent', { extension: role.extension }) : t('card.supervisor')}</dd>
        <dt>{t('card.monitor')}</dt>
        <dd>
          {polling.enabled
            ? polling.intervalSeconds
              ? t('card.every', { seconds: formatNumber(polling.intervalSeconds) })
              : t('card.defaultInterval')
            : t('card.off')}
        </dd>
        {provider === 'tel4vn' && (
          <>
            <dt>{t('card.signIn')}</dt>
            <dd>{tel4vnSignIn === 'key_exchange' ? t('card.keyExchange') : t('card.token')}</dd>
          </>
        )}
        {voipbinCustomerId && (
          <>
            <dt>{t('card.customerId')}</dt>
            <dd className="mono">{voipbinCustomerId}</dd>
          </>
        )}
        {monitor && (
          <>
            <dt>{t('card.connection')}</dt>
            <dd>
              <HealthLine monitor={monitor} />
            </dd>
          </>
        )}
        {account.relay && (
          <>
            <dt>{t('card.relay')}</dt>
            <dd>
              <RelayLine relay={account.relay} passwordMissing={account.hasRelayPassword === false} />
              {monitor?.channel === 'relay' && <PushOffNote monitor={monitor} className="muted relay-note" />}
            </dd>
          </>
        )}
        {monitor?.push && monitor.channel !== 'relay' && (
          <>
            <dt>{t('card.livePush')}</dt>
            <dd>
              {monitor.push === 'down' && monitor.pushReason ? (
                <PushOffNote monitor={monitor} />
              ) : (
                <PushLabel monitor={monitor} />
              )}
            </dd>
          </>
        )}
        <dt>{t('card.key')}</dt>
        <dd className={account.hasSecret ? 'key-set' : 'key-missing'}>
          {account.demo ? (
            <>
              <KeyRound aria-hidden size={14} /> {t('card.demoKey')}
            </>
          ) : account.hasSecret ? (
            <>
              <KeyRound aria-hidden size={14} /> {t('card.keySaved')}
            </>
          ) : (
            <>
              <ShieldAlert aria-hidden size={14} /> {t('card.keyMissing')}
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
          {testing ? t('test.running') : t('test.run')}
        </button>
        {!account.demo && (
          <button type="button" className="button" onClick={onEdit}>
            {t('card.edit')}
          </button>
        )}
        {!account.demo &&
          (confirmRemove ? (
            <span className="confirm" role="group" aria-label={t('card.confirmRemoval')}>
              <span>{t('card.removeQuestion')}</span>
              <button type="button" className="button danger" onClick={() => void remove()}>
                {t('card.remove')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmRemove(false)}>
                {t('card.keep')}
              </button>
            </span>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmRemove(true)}>
              {t('card.removeAsk')}
            </button>
          ))}
      </div>
    </li>
  )
}
