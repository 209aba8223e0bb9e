/** A call the Tel4vn monitor reports on an extension. */
export interface MonitoredCall {
  readonly callId: string
  readonly state: 'ringing' | 'on_call'
  readonly direction: 'inbound' | 'outbound'
  readonly extension: string
  readonly agentName: string | null
  readonly username: string | null
  readonly userId: string | null
  /** The other party's number. */
  readonly destination: string | null
  /** When the call started, as an ISO time in UTC. */
  readonly startedAt: string | null
  readonly domainName: string | null
}
