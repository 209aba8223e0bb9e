import { ShieldAlert } from 'lucide-react'
import { useTranslation } from 'react-i18next'

import type { AccountRelay } from '../../../../shared/domain/account-relay'

/** The relay's host and port: the scheme and the rest add nothing a person reads on a card. */
function relayHost(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url
}

/**
 * Where an account listens to the team relay: "relay.example.com:4222 · tenant sales-hcm · user
 * desk-100". Never the password: only whether the keychain holds one.
 */
export function RelayLine({ relay, passwordMissing }: { relay: AccountRelay; passwordMissing: boolean }) {
  const { t } = useTranslation('accounts')
  return (
    <>
      <span className="relay-via">
        {t('card.relayVia', { url: relayHost(relay.url), tenant: relay.tenant, user: relay.user })}
      </span>
      {passwordMissing && (
        <span className="key-missing relay-password-missing">
          <ShieldAlert aria-hidden size={14} /> {t('card.relayPasswordMissing')}
        </span>
      )}
    </>
  )
}
