import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The two shapes of VoIPbin login token (a JWT from `POST /auth/login`): older tokens carry
 * `customer`, the customer record as a JSON STRING; newer ones an `agent` object with its
 * `customer_id`. Access keys are opaque and name no customer.
 */
export type VoipbinLoginTokenShape = 'customer' | 'agent'

const SEVEN_DAYS_S = 7 * 86_400

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')
const sign = (signingKey: string, content: string) => createHmac('sha256', signingKey).update(content).digest()

/**
 * A login token as VoIPbin issues it (HS256), naming the customer in the shape asked for. It
 * lives `lifetimeS` (seven days by default); null leaves `exp` out, as a token that never expires.
 */
export function mintVoipbinLoginToken(
  signingKey: string,
  shape: VoipbinLoginTokenShape,
  customerId: string,
  issuedAtMs: number,
  lifetimeS: number | null = SEVEN_DAYS_S,
): string {
  const exp = lifetimeS === null ? undefined : Math.floor(issuedAtMs / 1000) + lifetimeS
  const payload =
    shape === 'customer'
      ? {
          customer: JSON.stringify({
            id: customerId,
            username: 'admin',
            name: 'admin',
            detail: 'admin account',
            tm_create: '2022-02-01 00:00:00.000000',
          }),
          exp,
        }
      : {
          agent: {
            id: '0b6c4b36-4f39-4c3b-9a64-5a1de2f6c0a1',
            customer_id: customerId,
            username: 'supervisor',
            name: 'Supervisor',
            permission: 64,
          },
          exp,
        }
  const content = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`
  return `${content}.${base64url(sign(signingKey, content))}`
}

/** What the sandbox makes of a login token: the customer it names, or that its time is up. */
export type LoginTokenReading = { readonly customerId: string } | 'expired'

/**
 * The customer a login token names, when its signature is ours and its `exp` (seconds, when
 * present) is still ahead of `nowMs`; 'expired' once it is past; null for anything else. The
 * sandbox checks the signature so that a token edited to name another customer is refused.
 */
export function readLoginToken(signingKey: string, token: string, nowMs: number): LoginTokenReading | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [header = '', payload = '', signature = ''] = parts
  const expected = sign(signingKey, `${header}.${payload}`)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
    if (claims.exp !== undefined && !(typeof claims.exp === 'number' && claims.exp * 1000 > nowMs)) return 'expired'
    const customerId = customerOf(claims)
    return customerId === null ? null : { customerId }
  } catch {
    return null
  }
}

function customerOf(claims: Record<string, unknown>): string | null {
  if (typeof claims.customer === 'string') {
    const customer = JSON.parse(claims.customer) as { id?: unknown }
    return typeof customer.id === 'string' ? customer.id : null
  }
  const agent = claims.agent as { customer_id?: unknown } | undefined
  return typeof agent?.customer_id === 'string' ? agent.customer_id : null
}
