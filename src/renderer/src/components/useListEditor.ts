import { useState } from 'react'

/** Where the editor of a replace-all list stands: editing, asking about removals, or showing a change made elsewhere. */
export type ListEditorStage<Item> =
  | { readonly kind: 'edit' }
  | { readonly kind: 'confirm'; readonly removed: ReadonlyArray<Item>; readonly overwrite: boolean }
  | { readonly kind: 'conflict'; readonly current: ReadonlyArray<Item> }

/** The answers of a guarded replace-all save that need the editor (shared/domain/replace-all.ts). */
type Answer<Item> =
  | { readonly outcome: 'saved' | 'unchanged' }
  | { readonly outcome: 'confirm_removal'; readonly removed: ReadonlyArray<Item> }
  | { readonly outcome: 'changed_elsewhere'; readonly current: ReadonlyArray<Item> }

export interface ListEditor<Item> {
  /** The list as the provider held it when the editor opened (or was reloaded): what a save is measured against. */
  readonly base: ReadonlyArray<Item>
  readonly stage: ListEditorStage<Item>
  readonly busy: boolean
  readonly error: unknown
  /** Saves, or asks the user what the answer calls for; `overwrite` only after a conflict was shown. */
  readonly save: (confirmRemoval: boolean, overwrite: boolean) => Promise<void>
  /** Takes the list changed elsewhere as the new base; the editor then shows it instead of the user's. */
  readonly useTheirs: (current: ReadonlyArray<Item>) => void
  /** Back to editing (a question answered "no", or an edit that made it moot). */
  readonly keepEditing: () => void
  /** The list as now saved: the new base. */
  readonly rebase: (base: ReadonlyArray<Item>) => void
}

/**
 * The renderer's half of the guarded replace-all save (main's is providers/http/guarded-replace.ts):
 * the base the user started from, the question about removals, the change made elsewhere shown
 * beside the user's, and "use theirs" or "save mine over theirs". Each editor keeps its own
 * list of what the user wants and says in its own words what was saved.
 */
export function useListEditor<Item, A extends Answer<Item>>({
  initial,
  send,
  onAsk,
  onDone,
}: {
  initial: ReadonlyArray<Item>
  /** Sends the save: the base as opened, and what the user agreed to. */
  send: (request: { base: ReadonlyArray<Item>; confirmRemoval: boolean; overwrite: boolean }) => Promise<A>
  /** A question about removals, or a change made elsewhere, is now shown. */
  onAsk?: () => void
  /** Saved, or nothing to do: the editor words it and takes the list as now held. */
  onDone: (answer: Extract<A, { outcome: 'saved' | 'unchanged' }>) => void
}): ListEditor<Item> {
  const [base, setBase] = useState<ReadonlyArray<Item>>(initial)
  const [stage, setStage] = useState<ListEditorStage<Item>>({ kind: 'edit' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  const save = async (confirmRemoval: boolean, overwrite: boolean) => {
    setBusy(true)
    setError(undefined)
    try {
      const answer = await send({ base, confirmRemoval, overwrite })
      if (answer.outcome === 'confirm_removal') {
        setStage({ kind: 'confirm', removed: answer.removed, overwrite })
        onAsk?.()
      } else if (answer.outcome === 'changed_elsewhere') {
        setStage({ kind: 'conflict', current: answer.current })
        onAsk?.()
      } else {
        setStage({ kind: 'edit' })
        onDone(answer as Extract<A, { outcome: 'saved' | 'unchanged' }>)
      }
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return {
    base,
    stage,
    busy,
    error,
    save,
    useTheirs: (current) => {
      setBase(current)
      setStage({ kind: 'edit' })
    },
    keepEditing: () => setStage({ kind: 'edit' }),
    rebase: setBase,
  }
}
