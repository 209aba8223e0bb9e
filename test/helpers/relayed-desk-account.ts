import type { AppServices } from '../../src/main/app/create-app'
import type { Sandbox } from '../../src/main/sandbox/start-sandbox'
import type { AccountRole } from '../../src/shared/domain/accounts'

import { TENANT } from './relay-service'

/**
 * Adds the Tel4vn account a relayed desk watches: the sandbox's Tel4vn (for the fallback), polled
 * every second, through the relay at `url` as `desk-<extension>` (an agent) or `supervisor-1`.
 */
export async function addRelayedTel4vnAccount(app: AppServices, sandbox: Sandbox, url: string, role: AccountRole) {
  await app.accounts.create(
    {
      provider: 'tel4vn',
      label: 'Relayed desk',
      baseUrl: sandbox.baseUrls.tel4vn,
      tenantId: null,
      role,
      polling: { enabled: true, intervalSeconds: 1 },
      relay: { url, tenant: TENANT, user: role.kind === 'agent' ? `desk-${role.extension}` : 'supervisor-1' },
    },
    sandbox.credentials.tel4vn.token,
    'nats-password-of-the-desk',
  )
}
