import { useCallback, useEffect, useRef } from 'react'

/**
 * Moves the focus once React has drawn the outcome of an action: the button pressed may be gone
 * by then (a question answered, a save done), and what should have the focus may only just exist.
 */
export function useFocusAfterRender(): (target: () => HTMLElement | null | undefined) => void {
  const next = useRef<() => HTMLElement | null | undefined>(undefined)
  useEffect(() => {
    const target = next.current
    if (!target) return
    next.current = undefined
    target()?.focus()
  })
  return useCallback((target) => {
    next.current = target
  }, [])
}
