import type { SecretStore } from '../../../secrets/secret-store'

import { proxyLabel, proxyOrigin, type ProxyServer } from './proxy-route'

/** A proxy's user name and password, as the user typed them. */
export interface ProxyCredentials {
  readonly username: string
  readonly password: string
}

/** Asks the user for a proxy's credentials; resolves undefined on Cancel. */
export interface ProxyAuthPrompt {
  /** `proxy` is host:port; `again` says the credentials last given were refused. */
  ask(request: { readonly proxy: string; readonly again: boolean }): Promise<ProxyCredentials | undefined>
}

/** The proxy's credentials right now, and a number that changes whenever they do. */
export interface ProxyAuthState {
  /** The Proxy-Authorization value; undefined when none is known. Never put into a URL. */
  readonly token: string | undefined
  readonly generation: number
}

/** Proxy credentials: the keychain's entry per proxy origin, and the one prompt per refusal. */
export interface ProxyAuth {
  current(proxy: ProxyServer): Promise<ProxyAuthState>
  /**
   * The proxy answered 407 to a request sent with credentials of `generation`. True: send it again
   * (the user gave credentials, or someone else's prompt already did); false: the user cancelled.
   */
  refused(proxy: ProxyServer, generation: number): Promise<boolean>
  /** The network changed: a proxy whose prompt was cancelled may ask again. */
  forgetCancelled(): void
}

/** The keychain entry of a proxy: its own name space, apart from the accounts' ids. */
export function proxySecretKey(proxy: ProxyServer): string {
  return `proxy ${proxyOrigin(proxy)}`
}

/**
 * Remembers credentials per proxy origin in the keychain (one JSON entry: user and password),
 * asks once per refusal however many requests were refused at the same time, and after a
 * Cancel refuses quietly instead of asking at every poll until the network changes.
 */
export function createProxyAuth(secrets: SecretStore | undefined, prompt: ProxyAuthPrompt | undefined): ProxyAuth {
  const states = new Map<string, ProxyAuthState>()
  const asking = new Map<string, Promise<boolean>>()
  const cancelled = new Set<string>()

  const current = async (proxy: ProxyServer): Promise<ProxyAuthState> => {
    const origin = proxyOrigin(proxy)
    const known = states.get(origin)
    if (known) return known
    const stored = readStored(await secrets?.get(proxySecretKey(proxy)).catch(() => undefined))
    const state = states.get(origin) ?? { token: stored ? basicToken(stored) : undefined, generation: 0 }
    states.set(origin, state)
    return state
  }

  const ask = async (proxy: ProxyServer, again: boolean): Promise<boolean> => {
    const origin = proxyOrigin(proxy)
    const answer = prompt ? await prompt.ask({ proxy: proxyLabel(proxy), again }) : undefined
    if (!answer) {
      cancelled.add(origin)
      return false
    }
    const generation = (states.get(origin)?.generation ?? 0) + 1
    states.set(origin, { token: basicToken(answer), generation })
    // Kept for the next start; a keychain that cannot be written still lets this session through.
    await secrets?.set(proxySecretKey(proxy), JSON.stringify(answer)).catch(() => undefined)
    return true
  }

  return {
    current,
    async refused(proxy, generation) {
      const origin = proxyOrigin(proxy)
      const state = await current(proxy)
      if (state.generation !== generation) return true
      if (cancelled.has(origin)) return false
      let pending = asking.get(origin)
      if (!pending) {
        pending = ask(proxy, state.token !== undefined).finally(() => asking.delete(origin))
        asking.set(origin, pending)
      }
      return pending
    },
    forgetCancelled: () => cancelled.clear(),
  }
}

/** The Basic Proxy-Authorization header value. */
export function basicToken(credentials: ProxyCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`
}

function readStored(text: string | undefined): ProxyCredentials | undefined {
  if (!text) return undefined
  try {
    const value = JSON.parse(text) as Partial<ProxyCredentials>
    return typeof value.username === 'string' && typeof value.password === 'string'
      ? { username: value.username, password: value.password }
      : undefined
  } catch {
    return undefined
  }
}
