import { useCallback, useState } from 'react'

/** Runs a user action, remembering whether it is running and how it failed. */
export function useAction<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
): { run: (...args: A) => void; busy: boolean; error: unknown } {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const run = useCallback(
    (...args: A) => {
      setBusy(true)
      setError(undefined)
      action(...args)
        .catch((caught: unknown) => setError(caught))
        .finally(() => setBusy(false))
    },
    [action],
  )
  return { run, busy, error }
}
