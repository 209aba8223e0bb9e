/** An AI avatar agent (a bot configuration on the avatar platform; not a person). */
export interface AvatarAgent {
  readonly agentId: number
  readonly name: string
  readonly avatarId: number | null
  readonly avatarName: string | null
  readonly avatarUrl: string | null
  readonly language: string | null
  readonly status: string
  readonly customGreeting: string | null
  readonly createdAt: string | null
  readonly updatedAt: string | null
  readonly lastUsedAt: string | null
  readonly totalSessions: number
  /** Average session length in seconds. */
  readonly avgDurationSeconds: number | null
  readonly voiceId: string | null
}
