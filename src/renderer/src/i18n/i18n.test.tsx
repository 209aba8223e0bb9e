import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'

import { en } from '../../../shared/i18n/en/index'
import { vi } from '../../../shared/i18n/vi/index'

import { loadCatalog, switchLanguage } from './i18n'

/** An i18next as startI18n leaves it: only the shell's words (`common`) in memory. */
async function shellOnly() {
  const i18n = createInstance()
  await i18n.init({
    resources: { en: { common: en.common }, vi: { common: vi.common } },
    lng: 'en',
    fallbackLng: 'en',
    ns: ['common'],
    defaultNS: 'common',
    showSupportNotice: false,
  })
  return i18n
}

describe('the catalog, loaded a language at a time', () => {
  it('adds every namespace of the language asked for, and only that one', async () => {
    const i18n = await shellOnly()
    expect(i18n.hasResourceBundle('en', 'live')).toBe(false)
    await loadCatalog('en', i18n)
    expect(Object.keys(en).filter((namespace) => !i18n.hasResourceBundle('en', namespace))).toEqual([])
    expect(i18n.hasResourceBundle('vi', 'live')).toBe(false)
  })

  it('switches the language only once its words are there', async () => {
    const i18n = await shellOnly()
    const switching = switchLanguage('vi', i18n)
    expect(i18n.language).toBe('en')
    await switching
    expect(i18n.language).toBe('vi')
    expect(i18n.t('live:notConnected.title')).toBe(vi.live.notConnected.title)
  })
})
