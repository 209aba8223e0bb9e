import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'

import type { AlohubAgentView, BulkJob } from '../../../../shared/domain/alohub-views'
import { useClient, useEvent } from '../../ipc/client-context'

/** AloHub serves at most 500 agents a page. */
export const AGENTS_PER_PAGE = 500

/** What the server filters by; search is applied to the loaded rows in the renderer. */
export interface AgentServerFilter {
  readonly active?: boolean
  readonly queueId?: number
}

/** The key of the agents a filter matches, for QueryState to stop waiting for them. */
export const alohubAgentsKey = (accountId: string, filter: AgentServerFilter) =>
  ['alohub', accountId, 'agents', filter] as const

/**
 * Every agent the filter matches, page after page until `totalRecord` were read: the table
 * knows its full height from the first page and fills in as the rest arrives.
 */
export function useAlohubAgents(accountId: string, filter: AgentServerFilter) {
  const client = useClient()
  const query = useInfiniteQuery({
    queryKey: alohubAgentsKey(accountId, filter),
    queryFn: ({ pageParam, signal }) =>
      client.call('alohub.listAgents', { accountId, page: pageParam, size: AGENTS_PER_PAGE, ...filter }, { signal }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const read = pages.reduce((sum, page) => sum + page.agents.length, 0)
      return read < last.total && last.agents.length > 0 ? last.page + 1 : undefined
    },
  })
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage])
  const agents = useMemo<ReadonlyArray<AlohubAgentView>>(
    () => query.data?.pages.flatMap((page) => page.agents) ?? [],
    [query.data],
  )
  const total = query.data?.pages.at(-1)?.total ?? 0
  return { query, agents, total }
}

/** The recording states this app set, by agent id. */
export function useRecordingMarks(accountId: string) {
  const client = useClient()
  return useQuery({
    queryKey: ['alohub', accountId, 'recording'],
    queryFn: () => client.call('alohub.recordingMarks', { accountId }),
  })
}

/**
 * The account's latest bulk change, as its progress arrives: also one started before this screen
 * was opened (it runs in the main process, whatever the window does). Recording marks are read
 * again every few seconds while it runs, the lists when it ends.
 */
export function useBulkJob(accountId: string) {
  const client = useClient()
  const [job, setJob] = useState<BulkJob>()
  const queries = useQueryClient()
  const marksReadAt = useRef(0)
  useEffect(() => {
    let alive = true
    void client.call('alohub.latestBulk', { accountId }).then((latest) => {
      if (alive && latest) setJob((current) => current ?? latest)
    })
    return () => {
      alive = false
    }
  }, [client, accountId])
  useEvent('alohub.bulkChanged', (update) => {
    if (update.accountId !== accountId) return
    setJob(update)
    const now = Date.now()
    if (update.state !== 'running' || now - marksReadAt.current > 3000) {
      marksReadAt.current = now
      void queries.invalidateQueries({ queryKey: ['alohub', accountId, 'recording'] })
    }
    if (update.state !== 'running') void queries.invalidateQueries({ queryKey: ['alohub', accountId, 'agents'] })
  })
  return [job, setJob] as const
}
