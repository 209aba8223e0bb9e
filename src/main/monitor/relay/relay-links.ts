import type { Logger } from '../../core/logger'

import { openRelayLink, type RelayLink } from './relay-link'

/** The links of one desk, one per (relay URL, NATS user), shared by the accounts that name them. */
export interface RelayLinks {
  /** The link for this URL and user, opened on first use; `release()` when done with it. */
  acquire(url: string, user: string, password: () => Promise<string | undefined>): RelayLink & { release(): void }
  dispose(): Promise<void>
}

export function createRelayLinks(logger: Logger): RelayLinks {
  const open = new Map<string, { link: ReturnType<typeof openRelayLink>; users: number }>()
  return {
    acquire(url, user, password) {
      const key = `${url}\n${user}`
      let held = open.get(key)
      if (!held) {
        held = { link: openRelayLink({ url, user, password, logger }), users: 0 }
        open.set(key, held)
      }
      held.users += 1
      const entry = held
      let released = false
      return {
        ...entry.link,
        release() {
          if (released) return
          released = true
          entry.users -= 1
          if (entry.users > 0) return
          open.delete(key)
          void entry.link.close()
        },
      }
    },
    async dispose() {
      const links = [...open.values()]
      open.clear()
      await Promise.all(links.map(({ link }) => link.close()))
    },
  }
}
