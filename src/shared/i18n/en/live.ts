/** The Live screen, and the notifications and connection notice that go with it. */
export const live = {
  empty: {
    title: 'No calls to watch yet',
    body: 'Connect a Tel4vn account and ringing calls will show here, with a desktop notification the moment they ring; AloHub and VoIPbin add agent presence, AgentHub failed AI runs.',
  },
  calls: {
    title: 'Calls',
    ringingCount: '({{ringing}} ringing)',
    showMine: 'Show only calls for me',
    showMore: 'Show {{hidden}} more (not for you)',
    noneForYou: 'No calls for you right now.',
    caption: 'Calls ringing and on call',
    state: 'State',
    extension: 'Extension',
    /** Tel4vn's destination: "the phone number receiving the call"; the API names no caller. */
    numberCalled: 'Number called',
    duration: 'For',
    account: 'Account',
    ringing: 'Ringing',
    onCall: 'On call',
    inbound: 'Inbound',
    outbound: 'Outbound',
    numberNotReported: 'Not reported',
    directionNotReported: 'direction not reported',
    search: 'Search calls',
    searchPlaceholder: 'Extension, agent, number or account',
    noMatch: 'No call matches “{{search}}”.',
  },
  filter: {
    label: 'Call filter',
    direction: 'Direction',
    any: 'Inbound and outbound',
    inbound: 'Inbound only',
    outbound: 'Outbound only',
    agents: 'Agents',
    agentsPlaceholder: 'All agents, or extensions and names: 082018, Lan',
    agentsProblem: 'Each agent is an extension or a name of at most 64 characters, separated by commas.',
    invalid: 'That filter is not valid.',
    queues: 'Queues',
    noQueues: 'Queues come from a monitored AloHub account; add one to filter by queue.',
    queue: 'Queue {{id}}',
    open: 'Supervisor accounts notify you of every call.',
    narrowed: 'Supervisor accounts notify you only of calls that match; agents always hear their own extension.',
    agentOnly:
      'Agent accounts notify you of calls to your own extension; this filter applies to supervisor accounts only.',
    mixedOpen: 'Supervisor accounts notify you of every call; agent accounts, of calls to your own extension.',
    clear: 'Clear filter',
  },
  monitors: {
    label: 'Monitored accounts',
    starting: 'Connecting…',
    ok: 'Watching',
    error: 'Problem',
    paused: 'Paused',
    pushConnecting: 'live push connecting',
    pushConnected: 'live push',
    pushDown: 'polling (push down)',
    mayMiss: 'Calls may be missed since {{time}}',
    /** The channel of an account that listens to the team relay, instead of live push. */
    relay: {
      connecting: 'connecting to the team relay',
      connected: 'through the team relay',
      relay_unreachable: 'team relay unreachable',
      relay_fallback: 'polling {{provider}} directly',
      relay_failing: 'the team relay cannot reach {{provider}}',
    },
    pushOffLabel: 'polling only',
    /** Why live push is off (a code from main), and how often the account is polled meanwhile. */
    pushOff: {
      no_customer_id:
        'Live push is off: the token does not name a customer (an access key). Polling every {{seconds}} s. Add the customer id to the account to turn push on.',
      no_token: "Live push is off: the account's token could not be used. Polling every {{seconds}} s.",
      refused: 'Live push is off: VoIPbin refused the token for push. Polling every {{seconds}} s; trying again.',
      unavailable: 'Live push is off: this server offers no push. Polling every {{seconds}} s; trying again.',
      unreachable: 'Live push could not connect. Polling every {{seconds}} s; trying again.',
      proxy_refused: 'Live push is off: the proxy refused authentication. Polling every {{seconds}} s.',
      dropped: 'Live push dropped. Polling every {{seconds}} s until it is back.',
      relay_unreachable:
        'AgentDesk checks again every {{seconds}} s. Ask your administrator whether the relay is running, or whether desks may poll {{provider}} themselves while it is out of reach.',
      relay_fallback:
        'Your administrator lets desks poll {{provider}} themselves (every {{seconds}} s) while the relay is out of reach; AgentDesk listens to the relay again as soon as it is back.',
      relay_failing:
        "Your desk is connected to the relay, but the relay's own requests to {{provider}} fail; your administrator can see why in the relay's log. Checking again every {{seconds}} s.",
      relay_not_allowed:
        "The team relay does not let this account's NATS user see these calls: the user may belong to another extension. Ask your administrator.",
    },
  },
  /** An account's connection to its provider, on the tray, Accounts and Live alike. */
  health: {
    starting: 'Connecting…',
    push: 'Connected · live push · checked every {{seconds}} s',
    connected: 'Connected · polling every {{seconds}} s',
    polling: 'Polling every {{seconds}} s · live push down',
    failing: 'Failing',
    failingSince: 'Failing since {{time}}',
    paused: 'Paused',
    relayStarting: 'Connecting to the team relay…',
    relay: 'Connected · through the team relay',
    relayUnreachable: 'Team relay unreachable — calls may be missed',
    relayUnreachableSince: 'Team relay unreachable since {{time}} — calls may be missed',
    relayFallback: 'Team relay unreachable — polling {{provider}} directly every {{seconds}} s',
    relayFailing: 'The team relay cannot reach {{provider}}',
    relayFailingSince: 'The team relay cannot reach {{provider}} since {{time}}',
  },
  presence: {
    title: 'Agent presence',
    ofTotal: '{{online}} of {{total}}',
    reachable: 'reachable',
    changes: 'Presence changes',
    /** Statuses the monitor reports (AloHub's, and VoIPbin's own words); others are shown as they come. */
    status: {
      available: 'available',
      away: 'away',
      busy: 'busy',
      offline: 'offline',
      ringing: 'ringing',
      unknown: 'unknown',
      loggedOut: 'logged out',
      notAvailable: 'not available',
    },
  },
  /** The supervisor board's tiles: one per AloHub callin queue, Tel4vn domain and VoIPbin account. */
  figures: {
    title: 'Queues and teams',
    kind: {
      queue: 'AloHub queue',
      domain: 'Tel4vn domain',
      account: 'VoIPbin agents',
    },
    level: {
      normal: 'Normal',
      warn: 'Warning',
      alert: 'Alert',
    },
    ringing: 'Ringing now',
    onCalls: 'On calls',
    /** VoIPbin reports no calls in progress: "busy" means taken and not yet available again. */
    onCallsUnknown: 'not reported',
    longest: 'Longest ringing',
    longestValue: '~{{seconds}} s',
    none: '–',
    /** Said to a screen reader where a tile shows a dash: the figure is not there. */
    noData: 'no data',
    /** Counted from the poll that first saw the call ring. */
    estimateShort: 'estimate',
    estimate:
      '* Longest ringing is an estimate: counted from the first poll that saw the call ring, so it may be up to one poll interval short.',
    loggedIn: 'Logged in',
    available: 'Available',
    notReported: 'not reported',
    statuses: 'Agents by status',
    /** VoIPbin's empty status. */
    noStatus: 'no status',
  },
  alerts: {
    title: 'Recent alerts',
    clear: 'Clear',
    none: 'No alerts yet. Missed calls will stay here until you clear them.',
    missed: 'Missed on',
    ringing: 'Rang on',
    agentRinging: 'Ringing:',
    aiFailed: 'AI agent failed:',
    /** VoIPbin: the agent was set to away after a missed call, as chosen in the account. */
    awaySet: 'Set to Away after a missed call:',
    awayFailed: 'Could not set to Away after a missed call:',
    /** A queue or team reached its alert level; then its label and figures. */
    queueAlert: 'In alert:',
    queueNormal: 'Back to normal:',
    /** A missed call the user had not seen before opening the history. */
    new: 'New',
    notNotified: 'not notified',
    /** The number that received the call. */
    calledNumber: 'to {{number}}',
  },
  /** Desktop notifications as the browser harness shows them in the page. */
  notifications: {
    label: 'Desktop notifications',
    dismiss: 'Dismiss notification: {{title}}',
  },
  /** The page opened without a way to reach the services. */
  notConnected: {
    title: 'AgentDesk cannot reach its services',
    body: "This page needs the desktop app, or the browser harness started with <code>npm run dev:browser</code>. Open the address the harness prints: it carries this run's access token.",
  },
}
