import { randomBytes } from 'node:crypto'

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
  readonly voipbin: { readonly token: string }
  readonly avatar: { readonly apiKey: string; readonly forbiddenKey: string }
  /** AgentHub: the demo supervisor's token, and a read-only user's whose writes get 403. */
  readonly agenthub: { readonly token: string; readonly readOnlyToken: string }
}

const secret = (prefix: string) => `${prefix}${randomBytes(18).toString('base64url')}`

/** Fresh credentials for one sandbox run. */
export function createSandboxCredentials(): SandboxCredentials {
  return {
    alohub: { apiKey: secret('sk_sandbox_'), unscopedKey: secret('sk_sandbox_noscope_'), tenantId: 20260310 },
    tel4vn: {
      token: secret('tel4vn_token_'),
      username: 'demo.supervisor',
      password: secret('pw_'),
      apiKey: secret('tel4vn_'),
    },
    voipbin: { token: secret('vb_') },
    avatar: { apiKey: secret('ah_sandbox_'), forbiddenKey: secret('ah_sandbox_forbidden_') },
    agenthub: { token: secret('agh_'), readOnlyToken: secret('agh_readonly_') },
  }
}
