/** A VoIPbin agent's presence. "ringing" is set by the system only (and may disappear). */
export type VoipbinAgentStatus = '' | 'available' | 'away' | 'busy' | 'offline' | 'ringing'

/** The statuses a person may set. */
export const settableVoipbinStatuses = ['available', 'away', 'busy', 'offline'] as const
export type SettableVoipbinStatus = (typeof settableVoipbinStatuses)[number]

/** Where a VoIPbin agent can be reached. */
export interface VoipbinAddress {
  readonly type: string
  readonly target: string
  readonly targetName?: string | undefined
  readonly name?: string | undefined
  readonly detail?: string | undefined
}

/** A contact-centre agent in VoIPbin. */
export interface VoipbinAgent {
  readonly id: string
  /** The customer (tenant) the agent belongs to; names the push topic. */
  readonly customerId: string | null
  readonly username: string
  readonly name: string
  readonly detail: string
  readonly ringMethod: string
  readonly status: VoipbinAgentStatus | string
  /** uint64 bitmask: 16 CustomerAgent, 32 CustomerAdmin, 64 CustomerManager... */
  readonly permission: number
  readonly tagIds: ReadonlyArray<string>
  readonly addresses: ReadonlyArray<VoipbinAddress>
  readonly directHash: string | null
  readonly createdAt: string | null
  readonly updatedAt: string | null
}

/** What creating an agent takes; the password is write-only. */
export interface NewVoipbinAgent {
  readonly username: string
  readonly password: string
  readonly name?: string | undefined
  readonly detail?: string | undefined
  readonly ringMethod?: 'ringall' | 'linear' | undefined
  readonly permission?: number | undefined
  readonly tagIds?: ReadonlyArray<string> | undefined
  readonly addresses?: ReadonlyArray<VoipbinAddress> | undefined
}
