import { setTimeout as sleepFor } from 'node:timers/promises'

import type { AlohubClient } from '../alohub-client'

/** Waits, when it must, until AloHub's budget lets the next request through without a 429. */
export interface RateLimitPacer {
  /** Resolves once routeKey may be sent; reports the expected end of each wait. */
  ready(routeKey: string, signal: AbortSignal, onWait: (until: number | null) => void): Promise<void>
  /** Whether a wait happened since the last call (bulk jobs read the agents afresh after one). */
  waitedSinceLastAsked(): boolean
}

export interface PacerOptions {
  readonly now?: () => number
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  /** How often to look for the window's restart while waiting. */
  readonly probeEveryMs?: number
  /** Tenant requests left for other desktops of the tenant: probes stop at this reserve. */
  readonly tenantReserve?: number
}

/**
 * AloHub says how much is left but not when its windows restart, so the budget's estimate of
 * the end of a window is a safe upper bound that can be up to a whole window late. While waiting,
 * the pacer asks for one agent every probeEveryMs: the answer's tenant counter rises the moment
 * the window restarts, and AloHub's windows share one clock (decision, see ARCHITECTURE.md), so
 * the route is free again then too.
 */
export function createRateLimitPacer(client: AlohubClient, options: PacerOptions = {}): RateLimitPacer {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number, signal: AbortSignal) => sleepFor(ms, undefined, { signal }))
  const probeEveryMs = options.probeEveryMs ?? 1000
  const reserve = options.tenantReserve ?? 10
  const { budget } = client.http
  let waited = false

  const tenantLeft = () => budget.snapshot().scopes.tenant?.remaining

  const probe = async (signal: AbortSignal) => {
    const before = tenantLeft()
    if (before === undefined || before <= reserve) return
    // The probe's own GET route must have room too, or the probe itself would wait.
    if (budget.delayBeforeSendMs('GET /v1/agents', now()) > 0) return
    await client.listAgents({}, 0, 1, signal)
    const after = tenantLeft()
    if (after !== undefined && after > before) budget.windowRolled(now())
  }

  return {
    async ready(routeKey, signal, onWait) {
      for (let wait = budget.delayBeforeSendMs(routeKey, now()); wait > 0;) {
        waited = true
        onWait(now() + wait)
        await sleep(Math.min(wait, probeEveryMs), signal)
        await probe(signal)
        wait = budget.delayBeforeSendMs(routeKey, now())
      }
      onWait(null)
    },
    waitedSinceLastAsked() {
      const answer = waited
      waited = false
      return answer
    },
  }
}
