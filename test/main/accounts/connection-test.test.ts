import { describe, expect, it } from 'vitest'

import { testConnection } from '../../../src/main/accounts/connection-test'
import { englishText } from '../../../src/main/i18n/catalog'
import type { AccountDraft } from '../../../src/shared/domain/accounts'
import type { ProviderId } from '../../../src/shared/domain/providers'
import { useSandbox } from '../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()

const draft = (provider: ProviderId, overrides: Partial<AccountDraft> = {}) => ({
  provider,
  baseUrl: sandbox().baseUrls[provider],
  tenantId: null,
  ...overrides,
})

const keys = () => {
  const { credentials } = sandbox()
  return {
    alohub: credentials.alohub.apiKey,
    tel4vn: credentials.tel4vn.token,
    voipbin: credentials.voipbin.token,
    avatar: credentials.avatar.apiKey,
    agenthub: credentials.agenthub.token,
  }
}

describe('connection test against the sandbox', () => {
  it.each([
    ['alohub', 'Connected to AloHub: 120 agents visible.'],
    ['tel4vn', /^Connected to Tel4vn: the token was accepted, \d+ extensions? monitored\.$/],
    ['voipbin', 'Connected to VoIPbin: agents are visible.'],
    ['avatar', 'Connected to AI avatar platform: 8 AI agents visible.'],
    ['agenthub', 'Connected to AgentHub: signed in as Trần Thị Lan.'],
  ] as const)('connects to %s with a good key', async (provider, message) => {
    const result = await testConnection(draft(provider), keys()[provider], clientOptions().pools)
    expect(result.ok).toBe(true)
    expect(result.outcome).toBe('connected')
    expect(englishText(result.problem)).toMatch(message)
  })

  it('says the key was rejected, and never repeats it', async () => {
    const result = await testConnection(draft('voipbin'), 'vb_not_the_token_123', clientOptions().pools)
    expect(result).toMatchObject({ ok: false, outcome: 'key_rejected' })
    expect(JSON.stringify(result)).not.toContain('vb_not_the_token_123')
  })

  it('tells a key without scope from a tenant mismatch', async () => {
    const scope = await testConnection(draft('alohub'), sandbox().credentials.alohub.unscopedKey, clientOptions().pools)
    expect(scope).toMatchObject({ ok: false, outcome: 'missing_scope' })
    const tenant = await testConnection(draft('alohub', { tenantId: '99999' }), keys().alohub, clientOptions().pools)
    expect(tenant).toMatchObject({ ok: false, outcome: 'tenant_mismatch' })
    expect(englishText(tenant.problem)).toMatch(/not for tenant 99999/)
  })

  it('says unreachable for a closed port and TLS for https to a plain server', async () => {
    const closed = await testConnection(draft('alohub', { baseUrl: 'http://127.0.0.1:9' }), 'k', clientOptions().pools)
    expect(closed).toMatchObject({ ok: false, outcome: 'unreachable' })
    const tls = await testConnection(
      draft('alohub', { baseUrl: sandbox().baseUrls.alohub.replace('http:', 'https:') }),
      keys().alohub,
      clientOptions().pools,
    )
    expect(tls).toMatchObject({ ok: false, outcome: 'tls' })
  })

  it('refuses plain http to another host before sending the key', async () => {
    const result = await testConnection(
      draft('alohub', { baseUrl: 'http://xapi.alohub.vn' }),
      keys().alohub,
      clientOptions().pools,
    )
    expect(result).toMatchObject({ ok: false, outcome: 'insecure_url' })
  })

  it('says timeout for a server that hangs', async () => {
    sandbox().served.avatar.faults.inject({ kind: 'hang' })
    const result = await testConnection(
      draft('avatar'),
      keys().avatar,
      clientOptions().pools,
      AbortSignal.timeout(30_000),
    )
    expect(result).toMatchObject({ ok: false, outcome: 'timeout' })
  }, 20_000)

  it('says the answer is unexpected when the URL points at another API', async () => {
    const result = await testConnection(
      draft('alohub', { baseUrl: sandbox().baseUrls.avatar }),
      keys().alohub,
      clientOptions().pools,
    )
    expect(result.ok).toBe(false)
    expect(['key_rejected', 'not_found', 'unexpected_response']).toContain(result.outcome)
    sandbox().served.agenthub.faults.inject({ kind: 'malformed' })
    const malformed = await testConnection(draft('agenthub'), keys().agenthub, clientOptions().pools)
    expect(malformed).toMatchObject({ ok: false, outcome: 'unexpected_response' })
  })

  it('tests a Tel4vn token with the monitor call alone, as the document shows it', async () => {
    const served = sandbox().served.tel4vn
    served.clearRequests()
    const result = await testConnection(draft('tel4vn'), keys().tel4vn, clientOptions().pools)
    expect(result.ok).toBe(true)
    expect(
      served.requests.map((request) => `${request.method} ${request.path} ${request.headers.authorization}`),
    ).toEqual([`GET /v1/monitor/agent Bearer ${keys().tel4vn}`])
  })

  it('says where to paste a new Tel4vn token when it is refused', async () => {
    const result = await testConnection(draft('tel4vn'), 'tel4vn_expired_token_1', clientOptions().pools)
    expect(result).toMatchObject({
      ok: false,
      outcome: 'key_rejected',
      problem: { code: 'problems:connection.tel4vnTokenRejected' },
    })
    expect(englishText(result.problem)).toBe(
      'Tel4vn refused the token, or it has expired. Paste a new one in the Token field: the token you send as Authorization: Bearer to GET /v1/monitor/agent.',
    )
    expect(JSON.stringify(result)).not.toContain('tel4vn_expired_token_1')
  })

  it('tells a Tel4vn key exchange that this server does not offer it, with no VoIPbin prefix in the hint', async () => {
    const result = await testConnection(
      draft('tel4vn', { tel4vnSignIn: 'key_exchange' }),
      sandbox().credentials.tel4vn.apiKey,
      clientOptions().pools,
    )
    expect(result).toMatchObject({ ok: false, outcome: 'not_found' })
    expect(englishText(result.problem)).toContain('this server may not offer the key exchange (POST /v1/auth/token)')
    expect(englishText(result.problem)).not.toContain('/v1.0')
    const wrongPath = await testConnection(
      draft('tel4vn', { baseUrl: `${sandbox().baseUrls.tel4vn}/api` }),
      keys().tel4vn,
      clientOptions().pools,
    )
    expect(wrongPath).toMatchObject({ ok: false, outcome: 'not_found' })
    expect(englishText(wrongPath.problem)).toBe(
      'Nothing answers at that path on Tel4vn. Check the base URL: it is the address before /v1/monitor/agent, such as https://api.example.vn.',
    )
  })

  it.each([
    ['alohub', '/wrong', 'the address before /v1/agents, such as https://xapi.alohub.vn'],
    ['voipbin', '', 'it is https://api.voipbin.net/v1.0, with the /v1.0 prefix'],
    ['avatar', '/wrong', 'the address before /api/v1/agents'],
    ['agenthub', '/wrong', 'the service address before /v1/agentoverrides'],
  ] as const)('tells %s where its base URL ends, in its own document’s terms', async (provider, path, words) => {
    // VoIPbin's base URL loses its /v1.0; the others get a prefix their servers do not have.
    const origin = sandbox().served[provider].origin
    const result = await testConnection(
      draft(provider, { baseUrl: `${origin}${path}` }),
      keys()[provider],
      clientOptions().pools,
    )
    expect(result).toMatchObject({
      ok: false,
      outcome: 'not_found',
      problem: { code: `accounts:test.notFound.${provider}` },
    })
    expect(englishText(result.problem)).toContain(words)
    // Only VoIPbin's paths carry /v1.0.
    if (provider !== 'voipbin') expect(englishText(result.problem)).not.toContain('/v1.0')
  })
})
