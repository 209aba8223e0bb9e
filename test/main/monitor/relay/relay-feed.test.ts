import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openRelayFeed, type RelayFeed } from '../../../../src/main/monitor/relay/relay-feed'
import { openRelayLink, type RelayLink } from '../../../../src/main/monitor/relay/relay-link'
import { RELAY_USER } from '../../../../src/main/relay-protocol/relay-permissions'
import { writeAuthorization } from '../../../../src/relay/users/authorization-config'
import { hashPassword, type UsersFile } from '../../../../src/relay/users/users-store'
import { fakeRelay, relayedCall } from '../../../helpers/fake-relay'
import { natsServerMissing, useNatsServers } from '../../../helpers/nats-server'
import { recordingLogger } from '../../../helpers/recording-logger'
import { eventually } from '../../../helpers/relay-service'

const TENANT = 't1'
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** The calls the feed holds now: every snapshot still queued for the watcher, and then the present. */
function heldCalls(feed: RelayFeed): string[] {
  let next = feed.entries.next()
  while (next.more) next = feed.entries.next()
  return next.calls.map((call) => call.callId).sort()
}

describe.skipIf(natsServerMissing)("a desk's feed from the team relay", () => {
  const startServer = useNatsServers()
  const opened: Array<() => Promise<void> | void> = []
  afterEach(async () => {
    for (const close of opened.splice(0).reverse()) await close()
  })

  /**
   * The desk's real link to a real server, whose next read the test may hold back after the
   * server has answered it: a slow read, at the moment the test chooses.
   */
  const slowableLink = (url: string, password = 'pw') => {
    const link = openRelayLink({ url, user: 'desk-100', password: async () => password, logger: recordingLogger() })
    opened.push(() => link.close())
    let holdNext = false
    let release: () => void = () => undefined
    let answered = 0
    const slowed: RelayLink = {
      ...link,
      async directGet(subject) {
        const hold = holdNext
        holdNext = false
        const data = await link.directGet(subject)
        answered += 1
        if (hold) await new Promise<void>((done) => (release = done))
        return data
      },
    }
    return {
      link: slowed,
      holdNextRead: () => (holdNext = true),
      release: () => release(),
      answered: () => answered,
    }
  }

  const agentFeed = (link: RelayLink, now: () => number = Date.now) => {
    const feed = openRelayFeed({
      link,
      tenant: TENANT,
      provider: 'tel4vn',
      extension: '100',
      logger: recordingLogger(),
      now,
      onChange: () => undefined,
      onStatus: () => undefined,
    })
    opened.push(() => feed.close())
    return feed
  }

  const started = async () => {
    const server = await startServer()
    const relay = await fakeRelay(server.url, TENANT)
    opened.push(() => relay.close())
    await relay.status('ok', false)
    await relay.change('100', 'ringing', relayedCall('call-a', '100', 'ringing'))
    return { server, relay }
  }

  it('applies the events heard while it reads an extension again after a gap', async () => {
    const { server, relay } = await started()
    const slow = slowableLink(server.url)
    const feed = agentFeed(slow.link)
    await eventually(() => expect(feed.synced() && feed.entries.revisionOf('100')).toBe(1))

    slow.holdNextRead()
    const reads = slow.answered()
    // Revision 2 never reaches the desk; revision 3 does: a gap, so it reads the entry again (slowly).
    await relay.change('100', 'ringing', relayedCall('call-b', '100', 'ringing'), { quiet: true })
    await relay.change('100', 'ringing', relayedCall('call-c', '100', 'ringing'))
    await eventually(() => expect(slow.answered()).toBe(reads + 1))
    // Revision 4 comes while the read (of revision 3) is on its way back.
    await relay.change('100', 'ringing', relayedCall('call-d', '100', 'ringing'))
    await pause(200)
    slow.release()

    await eventually(() => expect(feed.entries.revisionOf('100')).toBe(4))
    expect(heldCalls(feed)).toEqual(['call-a', 'call-b', 'call-c', 'call-d'])
  })

  it('never moves an entry back to an older revision a slow read brings', async () => {
    const { server, relay } = await started()
    const slow = slowableLink(server.url)
    const feed = agentFeed(slow.link)
    await eventually(() => expect(feed.synced() && feed.entries.revisionOf('100')).toBe(1))

    slow.holdNextRead()
    const reads = slow.answered()
    await relay.change('100', 'ringing', relayedCall('call-b', '100', 'ringing'), { quiet: true })
    await relay.change('100', 'ringing', relayedCall('call-c', '100', 'ringing'))
    await eventually(() => expect(slow.answered()).toBe(reads + 1))
    // While that read (revision 3) is slow, the desk reconnects and reads revision 4.
    await relay.change('100', 'ringing', relayedCall('call-d', '100', 'ringing'), { quiet: true })
    await server.restart()
    await relay.reconnect()
    await eventually(() => expect(feed.synced() && feed.entries.revisionOf('100')).toBe(4), 10_000)
    slow.release()

    await pause(300)
    expect(feed.entries.revisionOf('100')).toBe(4)
    expect(heldCalls(feed)).toEqual(['call-a', 'call-b', 'call-c', 'call-d'])
  })

  it('tells a relay that stopped speaking on the desk’s own clock, and reads again when it speaks', async () => {
    const { server, relay } = await started()
    let skipped = 0
    const slow = slowableLink(server.url)
    const feed = agentFeed(slow.link, () => Date.now() + skipped)
    await eventually(() => expect(feed.synced() && feed.entries.revisionOf('100')).toBe(1))
    const heardAt = feed.statusHeardAt()
    expect(heardAt).not.toBeNull()

    // The fake relay's interval is 1 s: silent after 2 × 30 s + 1 s.
    skipped = 60_000
    expect(feed.silentSince()).toBeNull()
    skipped = 61_500
    expect(feed.silentSince()).toBe(heardAt)

    // What it published quietly while it seemed gone is read when it speaks again.
    await relay.change('100', 'ringing', relayedCall('call-b', '100', 'ringing'), { quiet: true })
    await relay.status('ok', false)
    await eventually(() => expect(feed.silentSince()).toBeNull())
    await eventually(() => expect(feed.entries.revisionOf('100')).toBe(2))
    expect(heldCalls(feed)).toEqual(['call-a', 'call-b'])
  })

  it('asks again for a subscription its server refused once the link connects again (the admin fixed the user)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'agentdesk-feed-auth-'))
    opened.push(() => rm(folder, { recursive: true, force: true }))
    const password = 'correct horse battery staple'
    const passwordHash = await hashPassword(password)
    const users = (extension: string): UsersFile => ({
      version: 1,
      relay: { name: RELAY_USER, passwordHash },
      users: [{ name: 'desk-100', tenant: TENANT, role: 'agent', extension, passwordHash }],
    })
    // Set up by mistake for extension 200: this desk follows 100.
    const authorizationPath = await writeAuthorization(folder, users('200'), [TENANT])
    const server = await startServer({ authorizationPath })
    const relay = await fakeRelay(server.url, TENANT, { user: RELAY_USER, pass: password })
    opened.push(() => relay.close())
    await relay.status('ok', false)
    const feed = agentFeed(slowableLink(server.url, password).link)
    await eventually(() => expect(feed.notAllowed()).toBe(true))

    // The admin gives the user extension 100; the server starts again with it, and the desk reconnects.
    await writeAuthorization(folder, users('100'), [TENANT])
    await server.restart()
    await relay.reconnect()
    await eventually(() => expect(feed.synced() && !feed.notAllowed()).toBe(true), 10_000)
    await relay.change('100', 'ringing', relayedCall('call-a', '100', 'ringing'))
    await eventually(() => expect(feed.entries.revisionOf('100')).toBe(1))
    expect(heldCalls(feed)).toEqual(['call-a'])
  })
})
