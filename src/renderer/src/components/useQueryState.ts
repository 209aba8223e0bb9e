import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

/** What QueryState needs of a query result; useQuery's and useInfiniteQuery's both offer it. */
export interface QueryLike {
  readonly status: 'pending' | 'error' | 'success'
  readonly fetchStatus: 'fetching' | 'paused' | 'idle'
  readonly error: unknown
  readonly data: unknown
  readonly errorUpdatedAt: number
  readonly dataUpdatedAt: number
  refetch(): Promise<unknown>
}

/** A first load still running after this long says so, and offers to stop waiting. */
export const STILL_WAITING_AFTER_MS = 5_000

/**
 * Where a list stands: loading (`slow` once it has taken a while), stopped by the user, failed
 * with nothing to show, stale (older data shown, reading again failed), empty, or ready. Empty
 * and failed never meet: a list that failed has not said it is empty.
 */
export type QueryPhase = 'loading' | 'slow' | 'stopped' | 'failed' | 'stale' | 'empty' | 'ready'

/** The phase of one query, and the two things a person can do about it: stop waiting, try again. */
export function useQueryState(query: QueryLike, queryKey: QueryKey, isEmpty: boolean) {
  const queries = useQueryClient()
  const hasData = query.data !== undefined
  const waiting = !hasData && query.fetchStatus === 'fetching'
  const [slow, setSlow] = useState(false)
  const [stopped, setStopped] = useState(false)
  useEffect(() => {
    if (!waiting) return
    const timer = setTimeout(() => setSlow(true), STILL_WAITING_AFTER_MS)
    return () => {
      clearTimeout(timer)
      setSlow(false)
    }
  }, [waiting])

  const phase: QueryPhase =
    query.status === 'error'
      ? hasData
        ? 'stale'
        : 'failed'
      : query.status === 'pending'
        ? stopped && query.fetchStatus === 'idle'
          ? 'stopped'
          : slow
            ? 'slow'
            : 'loading'
        : isEmpty
          ? 'empty'
          : 'ready'

  return {
    phase,
    /**
     * Stops waiting: TanStack reverts the query and aborts its signal, which the query's read
     * passes to the client, so main aborts the request to the provider (a read: nothing is
     * applied there) instead of holding a connection until its timeout.
     */
    cancel: () => {
      setStopped(true)
      void queries.cancelQueries({ queryKey, exact: true })
    },
    retry: () => void query.refetch(),
  }
}

/** Milliseconds left until `deadline`, counting down once a second; undefined without a deadline. */
export function useCountdown(deadline: number | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (deadline === undefined) return
    const tick = () => setNow(Date.now())
    const first = setTimeout(tick, 0)
    const timer = setInterval(tick, 1_000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [deadline])
  return deadline === undefined ? undefined : Math.max(0, deadline - now)
}
