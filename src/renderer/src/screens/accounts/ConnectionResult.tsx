import { CircleAlert, CircleCheck } from 'lucide-react'
import { useTranslation } from 'react-i18next'

import type { ConnectionTestResult } from '../../../../shared/domain/accounts'

import { connectionMessage, type TestedAccount } from './connection-hint-text'

/** The outcome of a connection test, in plain words, with the provider's own words folded away. */
export function ConnectionResult({ result, tested }: { result: ConnectionTestResult; tested?: TestedAccount }) {
  const { t } = useTranslation('accounts')
  return (
    <div className={result.ok ? 'result result-ok' : 'result result-error'} role="status">
      {result.ok ? <CircleCheck aria-hidden size={18} /> : <CircleAlert aria-hidden size={18} />}
      <div>
        <p>{connectionMessage(t, result, tested)}</p>
        {result.detail && (
          <details>
            <summary>{t('test.serverSaid')}</summary>
            <p className="muted">{result.detail}</p>
          </details>
        )}
      </div>
    </div>
  )
}
