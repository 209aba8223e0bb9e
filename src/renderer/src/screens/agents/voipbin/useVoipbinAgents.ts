import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'

import type { VoipbinAgentPage, VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'
import { useClient } from '../../../ipc/client-context'

/** Agents per page: VoIPbin allows 1 to 100. */
export const VOIPBIN_PAGE_SIZE = 25

export const statusFilters = ['available', 'away', 'busy', 'offline', 'ringing'] as const
export type StatusFilter = '' | (typeof statusFilters)[number]

type Pages = InfiniteData<VoipbinAgentPage, string>

const agentsKey = (accountId: string) => ['voipbin', accountId, 'agents'] as const

/** The key of the agents with one status (or all), for QueryState to stop waiting for them. */
export const voipbinAgentsKey = (accountId: string, status: StatusFilter) => [...agentsKey(accountId), status] as const

/** One page at a time, each asked for with the token the last one gave; "Load more" asks for the next. */
export function useVoipbinAgents(accountId: string, status: StatusFilter) {
  const client = useClient()
  const query = useInfiniteQuery({
    queryKey: voipbinAgentsKey(accountId, status),
    queryFn: ({ pageParam, signal }) =>
      client.call(
        'voipbin.listAgents',
        {
          accountId,
          pageSize: VOIPBIN_PAGE_SIZE,
          ...(pageParam ? { pageToken: pageParam } : {}),
          ...(status ? { status } : {}),
        },
        { signal },
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextPageToken ?? undefined,
  })
  // An agent added here sits on the first page and may come again on a later one: shown once.
  const agents = useMemo(() => {
    const seen = new Set<string>()
    return (query.data?.pages ?? [])
      .flatMap((page) => page.agents)
      .filter((agent) => !seen.has(agent.id) && Boolean(seen.add(agent.id)))
  }, [query.data])
  return { query, agents }
}

/** Puts VoIPbin's answers into the loaded lists, so a row shows what VoIPbin now holds without a reload. */
export function useAgentCache(accountId: string) {
  const queries = useQueryClient()
  /** The agent as VoIPbin answered, in every loaded list that shows it. */
  const replace = useCallback(
    (agent: VoipbinAgentView) => {
      queries.setQueriesData<Pages>({ queryKey: agentsKey(accountId) }, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                agents: page.agents.map((known) => (known.id === agent.id ? agent : known)),
              })),
            }
          : data,
      )
    },
    [queries, accountId],
  )
  /** A new agent, at the top of every loaded list whose filter it matches. */
  const prepend = useCallback(
    (agent: VoipbinAgentView) => {
      for (const [key, data] of queries.getQueriesData<Pages>({ queryKey: agentsKey(accountId) })) {
        const filter = key[3]
        if (!data || (filter && filter !== agent.status)) continue
        const [first, ...rest] = data.pages
        if (!first) continue
        queries.setQueryData<Pages>(key, {
          ...data,
          pages: [{ ...first, agents: [agent, ...first.agents.filter((known) => known.id !== agent.id)] }, ...rest],
        })
      }
    },
    [queries, accountId],
  )
  return { replace, prepend }
}
