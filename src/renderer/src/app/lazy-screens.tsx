import i18next from 'i18next'
import { lazy, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'

import { loadCatalog } from '../i18n/i18n'

/**
 * A component loaded on first use, together with the current language's full catalog, so it
 * never renders a key instead of its words. Keeps the first paint to the shell (see
 * docs/PERFORMANCE.md: the first paint's JavaScript budget).
 */
export function lazyWithCatalog<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadCatalog(i18next.language)])
    return { default: component }
  })
}

/** A screen loaded on first visit, inside the data layer (TanStack Query) that it reads through. */
function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazyWithCatalog(async () => {
    const [Screen, { DataLayer }] = await Promise.all([load(), import('../data/DataLayer')])
    return function WithData(props: P) {
      return (
        <DataLayer>
          <Screen {...props} />
        </DataLayer>
      )
    }
  })
}

export const LiveScreen = lazyScreen(() => import('../screens/LiveScreen').then((module) => module.LiveScreen))
export const AgentsScreen = lazyScreen(() => import('../screens/AgentsScreen').then((module) => module.AgentsScreen))
export const AiAgentsScreen = lazyScreen(() =>
  import('../screens/AiAgentsScreen').then((module) => module.AiAgentsScreen),
)
export const AccountsScreen = lazyScreen(() =>
  import('../screens/AccountsScreen').then((module) => module.AccountsScreen),
)
export const SettingsScreen = lazyScreen(() =>
  import('../screens/SettingsScreen').then((module) => module.SettingsScreen),
)

/**
 * What a screen shows while its chunk loads: nothing at first (a local file or the harness
 * answers in a few milliseconds, and a flash of "Loading…" would only flicker), then, if it
 * takes longer, a quiet line (shell.css delays it).
 */
export function ScreenLoading() {
  const { t } = useTranslation()
  return (
    <p className="screen-loading muted" role="status">
      {t('loading')}
    </p>
  )
}
