import type { AccountDraft } from '../../shared/domain/accounts'

import { createAgentHubClient, type AgentHubClient } from './agenthub/agenthub-client'
import { createAlohubClient, type AlohubClient } from './alohub/alohub-client'
import { createAvatarClient, type AvatarClient } from './avatar/avatar-client'
import type { ProviderClientOptions } from './http/provider-client-options'
import { createTel4vnClient, type Tel4vnClient } from './tel4vn/tel4vn-client'
import { createVoipbinClient, type VoipbinClient } from './voipbin/voipbin-client'

/** A client, tagged with its provider so callers can narrow it. */
export type ProviderClient =
  | { readonly provider: 'alohub'; readonly client: AlohubClient }
  | { readonly provider: 'tel4vn'; readonly client: Tel4vnClient }
  | { readonly provider: 'voipbin'; readonly client: VoipbinClient }
  | { readonly provider: 'avatar'; readonly client: AvatarClient }
  | { readonly provider: 'agenthub'; readonly client: AgentHubClient }

/** Builds the client an account needs; the secret is read through `options.secret` on demand. */
export function createProviderClient(
  account: Pick<AccountDraft, 'provider' | 'baseUrl' | 'tenantId' | 'tel4vnSignIn'>,
  options: Omit<ProviderClientOptions, 'baseUrl'>,
): ProviderClient {
  const shared = { ...options, baseUrl: account.baseUrl }
  switch (account.provider) {
    case 'alohub':
      return {
        provider: 'alohub',
        client: createAlohubClient({ ...shared, ...(account.tenantId ? { tenantId: account.tenantId } : {}) }),
      }
    case 'tel4vn':
      // Absent means the token, as the document shows; the key exchange only when chosen.
      return { provider: 'tel4vn', client: createTel4vnClient({ ...shared, signIn: account.tel4vnSignIn ?? 'token' }) }
    case 'voipbin':
      return { provider: 'voipbin', client: createVoipbinClient(shared) }
    case 'avatar':
      return { provider: 'avatar', client: createAvatarClient(shared) }
    case 'agenthub':
      return { provider: 'agenthub', client: createAgentHubClient(shared) }
  }
}
