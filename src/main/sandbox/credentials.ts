import { randomBytes, randomUUID } from 'node:crypto'

import { mintVoipbinLoginToken } from '../providers/voipbin/sandbox/voipbin-tokens'

/** Per-run credentials of the sandbox providers; random, so nothing real is ever reused. */
export interface SandboxCredentials {
  readonly alohub: { readonly apiKey: string; readonly unscopedKey: string; readonly tenantId: number }
  /** `token` is the ready token of the document; the rest serve the opt-in key exchange. */
  readonly tel4vn: {
    readonly token: string
    readonly username: string
    readonly password: string
    readonly apiKey: string
  }
  readonly voipbin: {
    /** A login token (JWT) of the newer shape: an `agent` object with `customer_id`. */
    readonly token: string
    /** A login token of the older shape: `customer`, a JSON string whose `id` is the customer. */
    readonly legacyToken: string
    /** An access key: opaque, names no customer, so push needs the id from elsewhere. */
    readonly accessKey: string
    readonly customerId: string
    /** What the sandbox signs its login tokens with. */
    readonly signingKey: string
  }
  readonly avatar: { readonly apiKey: string; readonly forbiddenKey: string }
  /** AgentHub: the demo supervisor's token, and a read-only user's whose writes get 403. */
  readonly agenthub: { readonly token: string; readonly readOnlyToken: string }
}

const secret = (prefix: string) => `${prefix}${randomBytes(18).toString('base64url')}`

/** Fresh credentials for one sandbox run. */
export function createSandboxCredentials(): SandboxCredentials {
  const customerId = randomUUID()
  const signingKey = secret('')
  return {
    alohub: { apiKey: secret('sk_sandbox_'), unscopedKey: secret('sk_sandbox_noscope_'), tenantId: 20260310 },
    tel4vn: {
      token: secret('tel4vn_token_'),
      username: 'demo.supervisor',
      password: secret('pw_'),
      apiKey: secret('tel4vn_'),
    },
    voipbin: {
      token: mintVoipbinLoginToken(signingKey, 'agent', customerId, Date.now()),
      legacyToken: mintVoipbinLoginToken(signingKey, 'customer', customerId, Date.now()),
      accessKey: secret('vb_accesskey_'),
      customerId,
      signingKey,
    },
    avatar: { apiKey: secret('ah_sandbox_'), forbiddenKey: secret('ah_sandbox_forbidden_') },
    agenthub: { token: secret('agh_'), readOnlyToken: secret('agh_readonly_') },
  }
}
