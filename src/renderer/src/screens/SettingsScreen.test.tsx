import { screen } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'

import { definedOnly } from '../../../shared/defined-only'
import { defaultRingSettings } from '../../../shared/domain/ring'
import { useAppliedLanguage, useAppliedTheme, usePreferences } from '../app/usePreferences'
import { ipcFailure, type FakeAnswers } from '../test-support/fake-client'
import { storedPreferences } from '../test-support/fixtures'
import { renderWithServices } from '../test-support/render'

import { SettingsScreen } from './SettingsScreen'

const stored = storedPreferences()

/** The settings as the shell wires them: the real preferences hook, applied to the page. */
function Settings() {
  const { preferences, update } = usePreferences()
  useAppliedTheme(preferences?.theme)
  useAppliedLanguage(preferences?.language, i18next)
  return <SettingsScreen preferences={preferences} onChange={update} pause={{ paused: false }} />
}

/** The services keep the preferences and answer with them. */
function preferenceStore(): FakeAnswers {
  let current = { ...stored }
  return {
    'preferences.get': () => current,
    'preferences.update': (patch) => (current = { ...current, ...definedOnly(patch) }),
    'app.getInfo': { productName: 'AgentDesk', version: '0.1.0', platform: 'linux', transport: 'electron' },
    'ring.getSettings': { ...defaultRingSettings, tone: 'none' },
  }
}

describe('the Settings screen', () => {
  it('shows the stored preferences', async () => {
    renderWithServices(<Settings />, { answers: preferenceStore() })
    expect((await screen.findByRole<HTMLInputElement>('radio', { name: 'Same as the system' })).checked).toBe(true)
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'English' }).checked).toBe(true)
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: /Keep running in the tray when the window is closed/ })
        .checked,
    ).toBe(true)
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Start hidden in the tray/ }).checked).toBe(false)
  })

  it('sends one preference at a time, and applies the theme to the page', async () => {
    const { user, client } = renderWithServices(<Settings />, { answers: preferenceStore() })
    await user.click(await screen.findByRole('radio', { name: 'Dark' }))
    await user.click(screen.getByRole('checkbox', { name: /Start when I log in to this computer/ }))
    expect(client.requestsTo('preferences.update')).toEqual([{ theme: 'dark' }, { startAtLogin: true }])
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Start when I log in/ }).checked).toBe(true)
  })

  it('speaks Vietnamese once it is chosen, and names each language in its own', async () => {
    const { user, client } = renderWithServices(<Settings />, { answers: preferenceStore() })
    const vietnamese = await screen.findByRole('radio', { name: 'Tiếng Việt' })
    expect(vietnamese.closest('label')?.getAttribute('lang')).toBe('vi')
    await user.click(vietnamese)
    expect(client.requestsTo('preferences.update')).toEqual([{ language: 'vi' }])
    expect(await screen.findByRole('radio', { name: 'English' })).toBeDefined()
    expect(document.documentElement.lang).toBe('vi')
    expect(screen.getByRole('heading', { name: 'Thông báo' })).toBeDefined()
  })

  it('goes back to the stored value, and says why, when a change is refused', async () => {
    const { user } = renderWithServices(<Settings />, {
      answers: {
        ...preferenceStore(),
        'preferences.update': () => {
          throw ipcFailure({ kind: 'not_allowed', problem: { code: 'problems:login.installedOnly' } })
        },
      },
    })
    const atLogin = await screen.findByRole<HTMLInputElement>('checkbox', { name: /Start when I log in/ })
    await user.click(atLogin)
    expect((await screen.findByRole('alert')).textContent).toContain('Starting at login is set by the installed app.')
    expect(atLogin.checked).toBe(false)
  })
})
