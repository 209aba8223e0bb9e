import type { ScreenPop } from '../../shared/domain/accounts'
import { buildScreenPopUrl, type ScreenPopValues } from '../../shared/domain/screen-pop'
import type { Logger } from '../core/logger'
import type { ExternalOpenerPort } from '../core/ports'

import type { NotificationRequest } from './watchers/watcher'

/** Puts an account's screen pop on its ring notifications. */
export interface ScreenPopper {
  /**
   * Shows the requests through `show`; a click on one about a single call opens the account's
   * address for it, and when the user chose so it opens as soon as the notification is shown
   * (not while paused, and once per call: `show` answers only what it showed).
   */
  notify(
    accountId: string,
    requests: ReadonlyArray<NotificationRequest>,
    show: (requests: ReadonlyArray<NotificationRequest>) => ReadonlySet<string>,
  ): ReadonlySet<string>
}

export function createScreenPopper(deps: {
  /** The account's screen pop as saved now (an edit applies to the next ring without a restart). */
  readonly screenPopOf: (accountId: string) => ScreenPop | null | undefined
  readonly opener: ExternalOpenerPort | undefined
  readonly logger: Logger
  /** Where a click goes when the address cannot be built for this call. */
  readonly openLive: (focus: string) => void
}): ScreenPopper {
  /** `fallback` is what a click does when nothing opens; a ring opening by itself brings nothing forward. */
  const open = (accountId: string, values: ScreenPopValues, fallback: () => void) => {
    const screenPop = deps.screenPopOf(accountId)
    if (!screenPop) return fallback()
    const built = buildScreenPopUrl(screenPop.template, values)
    // Neither the address nor the values are logged: they hold the caller's number.
    if (!built.ok || !deps.opener) {
      deps.logger.warn('screen pop: not opened', { accountId, problem: built.ok ? 'no opener' : built.problem.code })
      return fallback()
    }
    deps.opener.open(built.url).catch((error: unknown) => {
      deps.logger.warn('screen pop: the browser did not open', { accountId, error })
      fallback()
    })
  }
  return {
    notify(accountId, requests, show) {
      const screenPop = deps.screenPopOf(accountId)
      if (!screenPop) return show(requests)
      const withPop = requests.map((request) => {
        const values = request.screenPop
        if (!values) return request
        const focus = request.focus ?? request.id
        return { ...request, onClick: () => open(accountId, values, () => deps.openLive(focus)) }
      })
      const shown = show(withPop)
      if (screenPop.openOn === 'ring') {
        for (const request of requests) {
          if (request.screenPop && shown.has(request.id)) open(accountId, request.screenPop, () => undefined)
        }
      }
      return shown
    },
  }
}
