import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

import type { ExecutionFilterInput } from '../../../../shared/domain/agenthub-views'
import { useClient } from '../../ipc/client-context'

export const OVERRIDES_PER_PAGE = 10
export const EXECUTIONS_PER_PAGE = 15

/** The keys of the screen's reads, for QueryState to stop waiting for one. */
export const agentHubKeys = {
  session: (accountId: string) => ['agenthub', accountId, 'session'] as const,
  overrides: (accountId: string, page: number) => ['agenthub', accountId, 'overrides', page] as const,
  executions: (accountId: string, filter: ExecutionFilterInput, page: number) =>
    ['agenthub', accountId, 'executions', filter, page] as const,
  execution: (accountId: string, id: string) => ['agenthub', accountId, 'execution', id] as const,
}

/** Who is signed in to the AgentHub account and what they may do. */
export function useAgentHubSession(accountId: string) {
  const client = useClient()
  return useQuery({
    queryKey: agentHubKeys.session(accountId),
    queryFn: ({ signal }) => client.call('agenthub.session', { accountId }, { signal }),
  })
}

/**
 * "Check again": main forgets what AgentHub refused this account and reads the session afresh,
 * which then replaces the one on screen.
 */
export function useSessionRecheck(accountId: string) {
  const client = useClient()
  const queries = useQueryClient()
  return useMutation({
    mutationFn: () => client.call('agenthub.recheck', { accountId }),
    onSuccess: (session) => queries.setQueryData(['agenthub', accountId, 'session'], session),
  })
}

/**
 * Reads the session again after a write failed: when AgentHub refused it (403), main remembers
 * that, and the session then turns the action off with AgentHub's reason.
 */
export function useSessionRefresh(accountId: string) {
  const queries = useQueryClient()
  return () => queries.invalidateQueries({ queryKey: ['agenthub', accountId, 'session'] })
}

/** One page of overrides; the previous page stays on screen while the next loads. */
export function useOverrides(accountId: string, page: number) {
  const client = useClient()
  return useQuery({
    queryKey: agentHubKeys.overrides(accountId, page),
    queryFn: ({ signal }) =>
      client.call(
        'agenthub.listOverrides',
        { accountId, pageNumber: page, pageRowCount: OVERRIDES_PER_PAGE },
        { signal },
      ),
    placeholderData: keepPreviousData,
  })
}

/** The whole tool catalog, for the picker. */
export function useToolCatalog(accountId: string) {
  const client = useClient()
  return useQuery({
    queryKey: ['agenthub', accountId, 'tools'],
    queryFn: ({ signal }) => client.call('agenthub.listTools', { accountId }, { signal }),
    staleTime: 5 * 60_000,
  })
}

/** One page of executions under a filter. */
export function useExecutions(accountId: string, filter: ExecutionFilterInput, page: number, enabled: boolean) {
  const client = useClient()
  return useQuery({
    queryKey: agentHubKeys.executions(accountId, filter, page),
    queryFn: ({ signal }) =>
      client.call(
        'agenthub.listExecutions',
        { accountId, filter, pageNumber: page, pageRowCount: EXECUTIONS_PER_PAGE },
        { signal },
      ),
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** One execution in full. */
export function useExecution(accountId: string, id: string) {
  const client = useClient()
  return useQuery({
    queryKey: agentHubKeys.execution(accountId, id),
    queryFn: ({ signal }) => client.call('agenthub.getExecution', { accountId, id }, { signal }),
  })
}

/** After any write, the lists of this account are read again. */
export function useOverrideWrites(accountId: string) {
  const client = useClient()
  const queries = useQueryClient()
  const refresh = () => queries.invalidateQueries({ queryKey: ['agenthub', accountId, 'overrides'] })
  const refreshSession = useSessionRefresh(accountId)
  const setEnabled = useMutation({
    mutationFn: (input: { id: string; recordVersion: number; enabled: boolean }) =>
      client.call('agenthub.updateOverride', {
        accountId,
        id: input.id,
        baseVersion: input.recordVersion,
        patch: { enabled: input.enabled },
        overwrite: false,
      }),
    onError: refreshSession,
    onSettled: refresh,
  })
  const remove = useMutation({
    mutationFn: (id: string) => client.call('agenthub.deleteOverride', { accountId, id }),
    onError: refreshSession,
    onSettled: refresh,
  })
  return { setEnabled, remove, refresh }
}
