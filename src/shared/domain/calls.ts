/** A call the Tel4vn monitor reports on an extension. */
export interface MonitoredCall {
  readonly callId: string
  readonly state: 'ringing' | 'on_call'
  /** Null when the provider does not say: it is never guessed. */
  readonly direction: 'inbound' | 'outbound' | null
  readonly extension: string
  readonly agentName: string | null
  readonly username: string | null
  readonly userId: string | null
  /** The number that receives the call (Tel4vn's `destination`); null when the provider does not say. */
  readonly destination: string | null
  /** When the call started, as an ISO time in UTC. */
  readonly startedAt: string | null
  readonly domainName: string | null
}
