import { applyLiveUpdate, type LiveSnapshot, type LiveUpdate } from '../../../../shared/domain/live-update'

/** Follows main's board: the updates as they come, and one whole read whenever one is missing. */
export interface LiveBoardFollower {
  /** Reads the board whole; updates that arrive meanwhile wait for it. */
  start(): void
  /** One update from main, in the order main sent it. */
  receive(update: LiveUpdate): void
  stop(): void
}

/**
 * `read` is `live.getState`; `show` gets each new board. An update applies only on the version
 * it was made from. When one is missing (the window was busy, an update was lost), the board is
 * read whole exactly once: updates arriving during that read are kept and applied on top of it,
 * those the read already includes are dropped, and none of them asks again unless the chain
 * breaks after the read too.
 */
export function followLiveBoard(
  read: () => Promise<LiveSnapshot>,
  show: (board: LiveSnapshot) => void,
): LiveBoardFollower {
  let board: LiveSnapshot | undefined
  let reading = false
  let stopped = false
  let waiting: LiveUpdate[] = []

  const readWhole = () => {
    reading = true
    read().then(
      (snapshot) => {
        if (stopped) return
        reading = false
        const pending = waiting.filter((update) => update.version > snapshot.version)
        waiting = []
        let next = snapshot
        for (const [index, update] of pending.entries()) {
          const applied = applyLiveUpdate(next, update)
          if (!applied) {
            board = next
            show(next)
            waiting = pending.slice(index)
            readWhole()
            return
          }
          next = applied
        }
        board = next
        show(next)
      },
      () => {
        // Nothing to show from a failed read; the next update that does not apply reads again.
        reading = false
        waiting = []
      },
    )
  }

  return {
    start: readWhole,
    receive(update) {
      if (stopped) return
      if (reading || !board) {
        waiting.push(update)
        if (!reading) readWhole()
        return
      }
      // Already included (it came before a whole read that answered later): nothing to do.
      if (update.version <= board.version) return
      const next = applyLiveUpdate(board, update)
      if (next) {
        board = next
        show(next)
        return
      }
      waiting.push(update)
      readWhole()
    },
    stop() {
      stopped = true
      waiting = []
    },
  }
}
