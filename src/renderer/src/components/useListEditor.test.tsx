import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { useListEditor } from './useListEditor'

type Answer =
  | { outcome: 'saved'; list: number[] }
  | { outcome: 'unchanged' }
  | { outcome: 'confirm_removal'; removed: number[] }
  | { outcome: 'changed_elsewhere'; current: number[] }

/** The service's answers in turn, and what each save sent. */
function service(...answers: Array<Answer | Error>) {
  const sent: Array<{ base: ReadonlyArray<number>; confirmRemoval: boolean; overwrite: boolean }> = []
  const send = async (request: (typeof sent)[number]): Promise<Answer> => {
    sent.push(request)
    const next = answers.shift()
    if (!next) throw new Error('More saves than the test expected')
    if (next instanceof Error) throw next
    return next
  }
  return { sent, send }
}

function editor(...answers: Array<Answer | Error>) {
  const { sent, send } = service(...answers)
  const onDone = vi.fn()
  const onAsk = vi.fn()
  const hook = renderHook(() => useListEditor<number, Answer>({ initial: [1, 2], send, onAsk, onDone }))
  return { hook, sent, onDone, onAsk }
}

describe('the list-editor hook (the renderer’s half of the guarded replace-all save)', () => {
  it('sends the base the editor opened with, and hands a save to the editor', async () => {
    const { hook, sent, onDone } = editor({ outcome: 'saved', list: [1, 2, 3] })
    await act(() => hook.result.current.save(false, false))
    expect(sent).toEqual([{ base: [1, 2], confirmRemoval: false, overwrite: false }])
    expect(onDone).toHaveBeenCalledWith({ outcome: 'saved', list: [1, 2, 3] })
    expect(hook.result.current.stage).toEqual({ kind: 'edit' })
  })

  it('asks before removing, remembers an overwrite already chosen, and goes back on "no"', async () => {
    const { hook, sent, onAsk, onDone } = editor({ outcome: 'confirm_removal', removed: [2] }, { outcome: 'unchanged' })
    await act(() => hook.result.current.save(false, true))
    expect(hook.result.current.stage).toEqual({ kind: 'confirm', removed: [2], overwrite: true })
    expect(onAsk).toHaveBeenCalledOnce()
    expect(onDone).not.toHaveBeenCalled()
    act(() => hook.result.current.keepEditing())
    expect(hook.result.current.stage).toEqual({ kind: 'edit' })
    await act(() => hook.result.current.save(true, true))
    expect(sent.at(-1)).toEqual({ base: [1, 2], confirmRemoval: true, overwrite: true })
    expect(onDone).toHaveBeenCalledWith({ outcome: 'unchanged' })
  })

  it('shows a change made elsewhere, and "use theirs" makes it the base of the next save', async () => {
    const { hook, sent } = editor({ outcome: 'changed_elsewhere', current: [2, 5] }, { outcome: 'unchanged' })
    await act(() => hook.result.current.save(false, false))
    expect(hook.result.current.stage).toEqual({ kind: 'conflict', current: [2, 5] })
    act(() => hook.result.current.useTheirs([2, 5]))
    expect(hook.result.current.base).toEqual([2, 5])
    expect(hook.result.current.stage).toEqual({ kind: 'edit' })
    await act(() => hook.result.current.save(false, false))
    expect(sent.at(-1)?.base).toEqual([2, 5])
  })

  it('keeps a failure for the editor to show, and is no longer busy', async () => {
    const refused = new Error('AloHub (Support desk) closed the connection unexpectedly.')
    const { hook, onDone } = editor(refused)
    await act(() => hook.result.current.save(false, false))
    expect(hook.result.current.error).toBe(refused)
    expect(hook.result.current.busy).toBe(false)
    expect(hook.result.current.stage).toEqual({ kind: 'edit' })
    expect(onDone).not.toHaveBeenCalled()
  })

  it('takes the list as saved for the base of the next save', async () => {
    const { hook, sent } = editor({ outcome: 'saved', list: [1, 2, 3] }, { outcome: 'unchanged' })
    await act(() => hook.result.current.save(false, false))
    act(() => hook.result.current.rebase([1, 2, 3]))
    await act(() => hook.result.current.save(false, false))
    expect(sent.at(-1)?.base).toEqual([1, 2, 3])
  })
})
