import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'

import { pushReasonSchema } from '../../src/shared/domain/live'
import { resources } from '../../src/shared/i18n/resources'

describe('why live push is off, in words', () => {
  it('has English and Vietnamese for every reason main can give, with the polling interval', async () => {
    const i18n = createInstance()
    await i18n.init({ resources, lng: 'en', fallbackLng: false, defaultNS: 'common', showSupportNotice: false })
    for (const language of ['en', 'vi'] as const) {
      const t = i18n.getFixedT(language, 'live')
      for (const reason of pushReasonSchema.options) {
        const key = `monitors.pushOff.${reason}` as const
        const words = t(key, { seconds: '2' })
        expect(words, `${language} ${reason}`).not.toBe(key)
        // A desk served by the team relay polls nothing itself, unless it has fallen back to polling.
        const polls = !reason.startsWith('relay_') || reason === 'relay_fallback'
        if (polls) expect(words, `${language} ${reason}`).toMatch(/\b2 (s|giây)\b/)
      }
    }
    const en = i18n.getFixedT('en', 'live')
    expect(en('monitors.pushOff.no_customer_id', { seconds: '2' })).toBe(
      'Live push is off: the token does not name a customer (an access key). Polling every 2 s. Add the customer id to the account to turn push on.',
    )
  })
})
