import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'

import { connectionMessage } from '../../src/renderer/src/screens/accounts/connection-hint-text'
import { notFoundHints, tel4vnNoKeyExchange } from '../../src/shared/domain/connection-hints'
import { providerIds } from '../../src/shared/domain/providers'
import { resources } from '../../src/shared/i18n/resources'

async function translators() {
  const i18n = createInstance()
  await i18n.init({ resources, lng: 'en', fallbackLng: false, defaultNS: 'common' })
  return { en: i18n.getFixedT('en', 'accounts'), vi: i18n.getFixedT('vi', 'accounts') }
}

const notFound = (message: string) => ({ ok: false, outcome: 'not_found' as const, message })

describe('where a provider’s base URL ends, in the user’s language', () => {
  it('says in English exactly what main says, and in Vietnamese the same per provider', async () => {
    const { en, vi } = await translators()
    for (const provider of providerIds) {
      const main = notFoundHints[provider]
      expect(connectionMessage(en, notFound(main), { provider }), provider).toBe(main)
      const vietnamese = connectionMessage(vi, notFound(main), { provider })
      expect(vietnamese, provider).toMatch(/^Không có gì phản hồi tại đường dẫn đó/)
      // The same paths and addresses as the English words, whatever the language.
      const addresses = (main.match(/https:\/\/[^\s,()]+|\/[\w./]+/g) ?? []).map((found) => found.replace(/\.$/, ''))
      expect(addresses.length, provider).toBeGreaterThanOrEqual(2)
      for (const path of addresses) {
        expect(vietnamese, `${provider} ${path}`).toContain(path)
      }
      if (provider !== 'voipbin') expect(vietnamese).not.toContain('/v1.0')
    }
    const keyExchange = { provider: 'tel4vn' as const, tel4vnSignIn: 'key_exchange' as const }
    expect(connectionMessage(en, notFound(''), keyExchange)).toBe(`${notFoundHints.tel4vn} ${tel4vnNoKeyExchange}`)
    expect(connectionMessage(vi, notFound(''), keyExchange)).toContain('POST /v1/auth/token')
  })

  it('leaves every other outcome in main’s words', async () => {
    const { vi } = await translators()
    const rejected = { ok: false, outcome: 'key_rejected' as const, message: 'AgentHub rejected the key.' }
    expect(connectionMessage(vi, rejected, { provider: 'agenthub' })).toBe('AgentHub rejected the key.')
  })
})
