import { useCallback, useState } from 'react'

import { useClient } from '../ipc/client-context'
import { useServiceValue } from '../ipc/useServiceValue'

/** The demo workspace's state and the two things a user can do with it. */
export function useDemo(): {
  active: boolean
  starting: boolean
  error: unknown
  start: () => void
  stop: () => void
} {
  const client = useClient()
  const [known, setState] = useServiceValue('demo.getState', 'demo.changed')
  const state = known ?? { active: false, starting: false }
  const [error, setError] = useState<unknown>()
  const run = useCallback(
    (operation: 'demo.start' | 'demo.stop') => {
      setError(undefined)
      client.call(operation).then(setState, setError)
    },
    [client, setState],
  )
  return {
    ...state,
    error,
    start: useCallback(() => run('demo.start'), [run]),
    stop: useCallback(() => run('demo.stop'), [run]),
  }
}
