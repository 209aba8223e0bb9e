import { CircleAlert, CircleCheck } from 'lucide-react'
import { useTranslation } from 'react-i18next'

import type { ConnectionTestResult } from '../../../../shared/domain/accounts'
import { problemText } from '../../data/problem-text'

/**
 * The outcome of a connection test, in plain words in the language shown (main sends it as a
 * code: for a path where nothing answers, where that provider's base URL ends), with what the
 * provider answered exactly folded away.
 */
export function ConnectionResult({ result }: { result: ConnectionTestResult }) {
  const { t } = useTranslation('accounts')
  return (
    <div className={result.ok ? 'result result-ok' : 'result result-error'} role="status">
      {result.ok ? <CircleCheck aria-hidden size={18} /> : <CircleAlert aria-hidden size={18} />}
      <div>
        <p>{problemText(result.problem, t)}</p>
        {result.detail && (
          <details>
            <summary>{t('test.serverSaid')}</summary>
            <p className="muted">{problemText(result.detail, t)}</p>
          </details>
        )}
      </div>
    </div>
  )
}
