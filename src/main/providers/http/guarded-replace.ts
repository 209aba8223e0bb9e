import type { Interruption } from '../../../shared/domain/write-check'

import { confirmedWrite } from './confirmed-write'

/**
 * A list a provider only ever replaces whole (AloHub's callin queues, VoIPbin's addresses): how
 * two lists compare, and which items a change adds and removes.
 */
export interface ReplaceAllList<Item> {
  /** The same items with the same fields, in any order: anything else is a change. */
  readonly same: (a: ReadonlyArray<Item>, b: ReadonlyArray<Item>) => boolean
  /** Which items the change from `current` to `desired` adds and removes (a renamed one is neither). */
  readonly plan: (current: ReadonlyArray<Item>, desired: ReadonlyArray<Item>) => { added: Item[]; removed: Item[] }
}

/** What the user asked: the list as the editor showed it, the list wanted, and what they agreed to. */
export interface GuardedReplaceRequest<Item> {
  readonly base: ReadonlyArray<Item>
  readonly desired: ReadonlyArray<Item>
  /** The user saw which items go and agreed. */
  readonly confirmRemoval: boolean
  /** The user saw the list changed elsewhere and chose theirs over it. */
  readonly overwrite: boolean
}

/** One record holding such a list, as the provider's client reaches it. */
export interface ReplaceAllTarget<Item, Held, Written> {
  /** The record as the provider holds it now (read afresh, never from a cache). */
  readonly read: () => Promise<Held>
  readonly itemsOf: (held: Held) => ReadonlyArray<Item>
  /** Sends the complete list; `held` is the record as just read. */
  readonly write: (desired: ReadonlyArray<Item>, held: Held) => Promise<Written>
  /** Besides the list, whether the record already holds what else the save sets (AloHub's priority). */
  readonly restIsThere?: (held: Held) => boolean
  /** A last refusal before writing, thrown as an error (VoIPbin never empties a list the user has not seen). */
  readonly refuse?: (situation: { held: Held; unmoved: boolean; desired: ReadonlyArray<Item> }) => void
}

/** What came of it; `saved` carries the write's own answer or the record read again after it was lost. */
export type GuardedReplaceOutcome<Item, Held, Written> =
  | { readonly outcome: 'changed_elsewhere'; readonly current: Item[] }
  | { readonly outcome: 'unchanged'; readonly held: Held; readonly current: Item[] }
  | { readonly outcome: 'confirm_removal'; readonly added: Item[]; readonly removed: Item[] }
  | {
      readonly outcome: 'saved'
      readonly added: Item[]
      readonly removed: Item[]
      /** The write's answer, or, when that was lost, the record read again that showed the change. */
      readonly answer: { readonly written: Written } | { readonly confirmed: Held }
      readonly interrupted?: Interruption
    }

/**
 * The one guarded save of a replace-all list. A PUT that replaces the whole list, sent from a
 * stale list, would silently undo someone else's change; so the record is read afresh just
 * before writing, a list that moved since the editor opened is refused (unless the user chose
 * to overwrite), nothing is removed that the user did not confirm, and a write whose answer is
 * lost is read again to say whether it took effect (`confirmedWrite`).
 */
export async function guardedReplace<Item, Held, Written>(
  list: ReplaceAllList<Item>,
  target: ReplaceAllTarget<Item, Held, Written>,
  request: GuardedReplaceRequest<Item>,
): Promise<GuardedReplaceOutcome<Item, Held, Written>> {
  const held = await target.read()
  const current = [...target.itemsOf(held)]
  const unmoved = list.same(current, request.base)
  if (!unmoved && !request.overwrite) return { outcome: 'changed_elsewhere', current }
  const restIsThere = target.restIsThere ?? (() => true)
  if (list.same(current, request.desired) && restIsThere(held)) return { outcome: 'unchanged', held, current }
  const { added, removed } = list.plan(current, request.desired)
  if (removed.length > 0 && !request.confirmRemoval) return { outcome: 'confirm_removal', added, removed }
  target.refuse?.({ held, unmoved, desired: request.desired })
  const result = await confirmedWrite(
    () => target.write(request.desired, held),
    // The answer was lost: the record as the provider now holds it says whether the PUT took effect.
    async () => {
      const after = await target.read()
      return list.same(target.itemsOf(after), request.desired) && restIsThere(after) ? after : undefined
    },
  )
  if (result.interrupted) {
    return {
      outcome: 'saved',
      added,
      removed,
      answer: { confirmed: result.confirmed },
      interrupted: result.interrupted,
    }
  }
  return { outcome: 'saved', added, removed, answer: { written: result.written } }
}
