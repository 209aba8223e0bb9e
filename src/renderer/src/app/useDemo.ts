import { useCallback, useEffect, useState } from 'react'

import { useClient, useEvent } from '../ipc/client-context'

/** The demo workspace's state and the two things a user can do with it. */
export function useDemo(): {
  active: boolean
  starting: boolean
  error: unknown
  start: () => void
  stop: () => void
} {
  const client = useClient()
  const [state, setState] = useState({ active: false, starting: false })
  const [error, setError] = useState<unknown>()
  useEffect(() => {
    let alive = true
    void client.call('demo.getState').then((value) => alive && setState(value))
    return () => {
      alive = false
    }
  }, [client])
  useEvent('demo.changed', setState)
  const run = useCallback(
    (operation: 'demo.start' | 'demo.stop') => {
      setError(undefined)
      client.call(operation).then(setState, setError)
    },
    [client],
  )
  return {
    ...state,
    error,
    start: useCallback(() => run('demo.start'), [run]),
    stop: useCallback(() => run('demo.stop'), [run]),
  }
}
