import { connect, Empty, type NatsConnection } from 'nats'
import { expect, vi } from 'vitest'

import { directGetSubject, inboxPrefix } from '../../src/main/relay-protocol/relay-names'

/**
 * A NATS connection as a desk makes it (its own user and inbox), with the server's asynchronous
 * errors (a refused publish or subscription) collected so a test can assert them.
 */
export interface DeskConnection {
  readonly nc: NatsConnection
  /** `<code> <operation> <subject>` of each error the server sent, e.g. `PERMISSIONS_VIOLATION publish agentdesk.t.x`. */
  readonly errors: string[]
}

export async function connectDesk(url: string, user: string, pass: string): Promise<DeskConnection> {
  const nc = await connect({ servers: url, user, pass, inboxPrefix: inboxPrefix(user), reconnect: false })
  const errors: string[] = []
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type !== 'error') continue
      const context = status.permissionContext
      errors.push([String(status.data), context?.operation, context?.subject].filter(Boolean).join(' '))
    }
  })()
  return { nc, errors }
}

export function directGet(nc: NatsConnection, tenant: string, key: string) {
  return nc.request(directGetSubject(tenant, key), Empty, { timeout: 3000 })
}

/** The server refuses the subscription; the client ends it with the permissions error. */
export async function expectSubscriptionRefused(desk: DeskConnection, subject: string): Promise<void> {
  const subscription = desk.nc.subscribe(subject)
  let received = 0
  const ended = (async () => {
    try {
      for await (const message of subscription) {
        void message
        received++
      }
      return null
    } catch (error) {
      return String(error)
    }
  })()
  await desk.nc.flush()
  // An allowed subscription would wait for messages forever: give the server's refusal a moment, then fail.
  const refusal = await Promise.race([ended, new Promise((resolve) => setTimeout(() => resolve('not refused'), 2000))])
  subscription.unsubscribe()
  expect(refusal).toContain(`Permissions Violation for Subscription to "${subject}"`)
  expect(received).toBe(0)
}

/** The server drops the message and says so; the connection stays up. */
export async function expectPublishRefused(desk: DeskConnection, subject: string, data: Uint8Array): Promise<void> {
  desk.nc.publish(subject, data)
  await desk.nc.flush()
  await vi.waitFor(() => expect(desk.errors).toContain(`PERMISSIONS_VIOLATION publish ${subject}`))
  expect(desk.nc.isClosed()).toBe(false)
}
