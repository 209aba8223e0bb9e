import { X } from 'lucide-react'
import { useTranslation } from 'react-i18next'

import { QueryState } from '../../components/QueryState'
import { currentLocale } from '../../i18n/i18n'

import { statusText } from './execution-status'
import { agentHubKeys, useExecution } from './useAgentHub'

const number = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toLocaleString(currentLocale())

const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 2))

/** One run of an AI agent in full: what went in, what came out, what it cost, what failed. */
export function ExecutionDetail({
  accountId,
  accountLabel,
  id,
  onClose,
}: {
  accountId: string
  accountLabel: string
  id: string
  onClose: () => void
}) {
  const execution = useExecution(accountId, id)
  const { t } = useTranslation('aiAgents')
  const value = execution.data
  return (
    <section className="card execution-detail" aria-label={t('execution.label')}>
      <div className="section-head">
        <h2>{value ? `${value.agentName} · ${statusText(value.status, t)}` : t('execution.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('execution.close')} onClick={onClose}>
          <X aria-hidden size={16} />
        </button>
      </div>
      <QueryState
        query={execution}
        queryKey={agentHubKeys.execution(accountId, id)}
        source={{ provider: 'agenthub', account: accountLabel }}
        loading={t('execution.loading')}
        empty={false}
      >
        {value && (
          <>
            {value.error && (
              <p className="error-notice" role="note">
                {value.error}
              </p>
            )}
            <dl className="facts">
              <dt>{t('execution.started')}</dt>
              <dd>{value.createdAt ? new Date(value.createdAt).toLocaleString(currentLocale()) : '—'}</dd>
              <dt>{t('execution.duration')}</dt>
              <dd>
                {value.durationMs === null ? '—' : t('execution.milliseconds', { value: number(value.durationMs) })}
              </dd>
              <dt>{t('execution.toolCalls')}</dt>
              <dd>{number(value.toolCalls)}</dd>
              <dt>{t('execution.tokens')}</dt>
              <dd>
                {value.tokenUsage
                  ? t('execution.tokenBreakdown', {
                      total: number(value.tokenUsage.total),
                      prompt: number(value.tokenUsage.prompt),
                      completion: number(value.tokenUsage.completion),
                    })
                  : '—'}
              </dd>
              <dt>{t('execution.typeSource')}</dt>
              <dd>
                {value.agentType ?? '—'} · {value.source ?? '—'}
              </dd>
              <dt>{t('execution.user')}</dt>
              <dd className="mono">{value.userId ?? '—'}</dd>
            </dl>
            <h3>{t('execution.input')}</h3>
            <pre className="json">{json(value.input)}</pre>
            <h3>{t('execution.output')}</h3>
            <pre className="json">{json(value.output)}</pre>
          </>
        )}
      </QueryState>
    </section>
  )
}
