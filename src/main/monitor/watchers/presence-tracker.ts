/** Remembers each agent's last status and reports what changed since the previous poll. */
export function createPresenceTracker(): {
  update(agents: ReadonlyArray<{ id: string; name: string; status: string }>): Array<{
    agentId: string
    name: string
    from: string | null
    to: string
  }>
} {
  let previous: Map<string, string> | undefined
  return {
    update(agents) {
      const current = new Map(agents.map((agent) => [agent.id, agent.status]))
      // The first poll sets the baseline: nothing "changed" by being seen for the first time.
      const changes = previous
        ? agents
            .filter((agent) => previous?.get(agent.id) !== agent.status)
            .map((agent) => ({
              agentId: agent.id,
              name: agent.name,
              from: previous?.get(agent.id) ?? null,
              to: agent.status,
            }))
        : []
      previous = current
      return changes
    },
  }
}
