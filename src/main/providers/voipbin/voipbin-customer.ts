/**
 * Where the customer id of VoIPbin's push topic (`customer_id:<id>:agent`) comes from. The
 * document's agent objects carry none, so push must not depend on them.
 */
export type CustomerIdSource = 'token' | 'agents' | 'account'

export interface ResolvedCustomerId {
  readonly customerId: string
  readonly source: CustomerIdSource
}

/** What a topic may hold: the account form's rule, so no `:` can change the topic. */
const CUSTOMER_ID = /^[\w-]{1,100}$/
const BASE64URL = /^[A-Za-z0-9_-]+$/

const valid = (value: unknown): string | null => (typeof value === 'string' && CUSTOMER_ID.test(value) ? value : null)

/**
 * The customer a VoIPbin login token names, or null (an access key, or anything else). A login
 * token is a JWT; its payload is read without checking the signature, which only VoIPbin can
 * and which says nothing more about the customer than VoIPbin's answers will. Older tokens carry
 * `customer`, the customer record as a JSON string; newer ones an `agent` with `customer_id`.
 */
export function customerIdFromToken(token: string): string | null {
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[1] || !BASE64URL.test(parts[1])) return null
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (typeof claims !== 'object' || claims === null) return null
  const { customer, agent } = claims as { customer?: unknown; agent?: unknown }
  if (typeof customer === 'string') {
    try {
      const parsed: unknown = JSON.parse(customer)
      const id = typeof parsed === 'object' && parsed !== null ? valid((parsed as { id?: unknown }).id) : null
      if (id) return id
    } catch {
      // Not the JSON string older tokens carry: look for the newer shape.
    }
  }
  if (typeof agent === 'object' && agent !== null) return valid((agent as { customer_id?: unknown }).customer_id)
  return null
}

/**
 * The customer id for push, first found of: the login token's payload; agent objects, where a
 * server adds `customer_id`; the customer id the user gave the account. Null: push stays off.
 */
export function resolveCustomerId(input: {
  readonly token: string | null
  readonly agents: Iterable<{ readonly customerId: string | null }>
  readonly accountCustomerId: string | null | undefined
}): ResolvedCustomerId | null {
  const fromToken = input.token === null ? null : customerIdFromToken(input.token)
  if (fromToken) return { customerId: fromToken, source: 'token' }
  for (const agent of input.agents) {
    const fromAgent = valid(agent.customerId)
    if (fromAgent) return { customerId: fromAgent, source: 'agents' }
  }
  const fromAccount = valid(input.accountCustomerId?.trim())
  return fromAccount ? { customerId: fromAccount, source: 'account' } : null
}
