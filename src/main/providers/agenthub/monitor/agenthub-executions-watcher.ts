import type { Watcher, WatcherContext } from '../../../monitor/watchers/watcher'
import type { AgentHubClient } from '../agenthub-client'

/** New AgentHub executions that failed or timed out become alerts and notifications. */
export function agentHubExecutionsWatcher(
  client: AgentHubClient,
  context: WatcherContext,
  intervalMs: number,
): Watcher {
  let seen: Set<string> | undefined
  return {
    kind: 'executions',
    intervalMs,
    async poll(signal) {
      const page = await client.listExecutions({ pageNumber: 1, pageRowCount: 50 }, signal)
      const failed = page.items.filter((execution) => execution.status === 'error' || execution.status === 'timeout')
      // The first poll only learns what already happened: old failures are not news.
      const fresh = seen ? failed.filter((execution) => !seen?.has(execution.id)) : []
      seen = new Set([...(seen ?? []), ...page.items.map((execution) => execution.id)])
      if (fresh.length === 0) return
      const requests = fresh.map((execution) => ({
        id: `ai-failed:${execution.id}`,
        title: context.text().aiFailed(execution.agentName, execution.status === 'timeout'),
        body: execution.error ?? context.account.label,
      }))
      const shown = context.notify(requests)
      context.alert(
        fresh.map((execution, index) => ({
          id: requests[index]?.id ?? execution.id,
          kind: 'ai_failed' as const,
          subject: execution.agentName,
          detail: execution.error ?? execution.status,
          notified: shown.has(requests[index]?.id ?? ''),
        })),
      )
      context.changed()
    },
  }
}
