/** Default intervals when the account does not set one: calls, presence, executions. */
export const DEFAULT_INTERVALS_MS = { calls: 2_000, presence: 15_000, executions: 30_000 } as const
