import { randomUUID } from 'node:crypto'

import type { ProxyAuthRequest } from '../../../../shared/domain/proxy'

import type { ProxyAuthPrompt, ProxyCredentials } from './proxy-auth'

/** The proxy prompt as the window answers it: requests go out as events, answers come back as operations. */
export interface WindowProxyPrompt {
  readonly prompt: ProxyAuthPrompt
  /** What is still waiting for an answer (a window opened after the ask shows it too). */
  pending(): ProxyAuthRequest[]
  /** True when `id` was waiting; absent credentials are Cancel. */
  answer(id: string, credentials: ProxyCredentials | undefined): boolean
  /** Every open question is cancelled (the app is quitting). */
  dispose(): void
}

/**
 * Asks through the window: `show` tells the renderer (and brings the window forward, since a
 * tray app's window may be hidden while its polls wait on the answer).
 */
export function createWindowProxyPrompt(
  show: (request: ProxyAuthRequest) => void,
  newId: () => string = randomUUID,
): WindowProxyPrompt {
  const waiting = new Map<
    string,
    { request: ProxyAuthRequest; settle: (answer: ProxyCredentials | undefined) => void }
  >()
  return {
    prompt: {
      ask: (asked) =>
        new Promise((settle) => {
          const request = { id: newId(), proxy: asked.proxy, again: asked.again }
          waiting.set(request.id, { request, settle })
          show(request)
        }),
    },
    pending: () => [...waiting.values()].map(({ request }) => request),
    answer(id, credentials) {
      const entry = waiting.get(id)
      if (!entry) return false
      waiting.delete(id)
      entry.settle(credentials)
      return true
    },
    dispose() {
      for (const { settle } of waiting.values()) settle(undefined)
      waiting.clear()
    },
  }
}
