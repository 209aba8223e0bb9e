/** A contact-centre agent in AloHub, as the app works with it. */
export interface AlohubAgent {
  /** The extension, e.g. "082018": the id of every PUT route. */
  readonly agentId: string
  readonly tenantId: string | null
  readonly userName: string | null
  readonly active: boolean
  /** Callin queues the agent sits in; AloHub replaces this whole list on every change. */
  readonly callinQueueIds: ReadonlyArray<number>
  /** AloHub's own label for the callin queue(s), e.g. "1001226-test"; null when none. */
  readonly callinQueueLabel: string | null
  readonly calloutQueueId: number | null
  readonly calloutQueueName: string | null
  readonly priority: string | null
  /** AVAILABLE / NOT AVAILABLE, as AloHub says. */
  readonly systemStatus: string | null
  /** AVAILABLE / LOGOUT, as AloHub says. */
  readonly userStatus: string | null
  readonly followMe: boolean | null
}

/** One page of agents and the total the filter matches. */
export interface AlohubAgentPage {
  readonly agents: ReadonlyArray<AlohubAgent>
  readonly total: number
  readonly page: number
  readonly size: number
}
