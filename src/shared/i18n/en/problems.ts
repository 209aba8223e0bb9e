/**
 * What main reports as a code (errors, refusals, connection tests, a monitor's status): the
 * renderer words them through problem-words.ts, main only for its log. `{{provider}}` is the
 * provider's name and `{{source}}` the provider with the account ("AloHub (Support desk)"), both
 * added in the language shown; `{{wait}}` a wait in words; `{{said}}` the provider's own words.
 * A key ending in `_said` is the same sentence when the provider said something (i18next context).
 */
export const problems = {
  ipc: {
    unknownOperation: 'There is no operation called {{name}}.',
    notPlainData: 'The request for {{operation}} is not plain data.',
    tooLarge: 'The request for {{operation}} is too large ({{size}} bytes; at most {{max}}).',
    invalid: 'The request for {{operation}} is invalid.',
    internal: 'AgentDesk could not complete {{operation}} because of an internal error; the details are in the log.',
    untrustedSender: 'This page may not talk to AgentDesk.',
    /** A read the screen stopped waiting for; its requests were aborted. */
    cancelled: 'AgentDesk stopped {{operation}} as asked.',
    /** The browser harness (development only) lost its services. */
    harnessLost: 'The connection to the AgentDesk services was lost. Restart the harness and reload.',
    harnessNotConnected: 'Not connected to the AgentDesk services.',
  },
  /** One field of a request that main refused, when the check had no words of its own. */
  invalidField: 'The value of {{path}} is not valid.',
  invalidValue: 'A value in the request is not valid.',
  /** An error with no code of ours (a library's); its words are technical detail. */
  unexpected: 'Something went wrong: {{detail}}',
  /** A provider answered with an HTTP error status; `{{http}}` is "HTTP 401 UNAUTHORIZED". */
  http: {
    auth: '{{provider}} rejected the credentials ({{http}}).',
    auth_said: '{{provider}} rejected the credentials ({{http}}): {{said}}.',
    forbidden: '{{provider}} refused: the credentials lack permission for this ({{http}}).',
    forbidden_said: '{{provider}} refused: the credentials lack permission for this ({{http}}): {{said}}.',
    not_found: '{{provider}} does not know what was asked for ({{http}}).',
    not_found_said: '{{provider}} does not know what was asked for ({{http}}): {{said}}.',
    invalid_input: '{{provider}} refused the request as invalid ({{http}}).',
    invalid_input_said: '{{provider}} refused the request as invalid ({{http}}): {{said}}.',
    conflict: '{{provider}} reported a conflicting change ({{http}}).',
    conflict_said: '{{provider}} reported a conflicting change ({{http}}): {{said}}.',
    rate_limited: '{{provider}} asked us to slow down ({{http}}).',
    rate_limited_said: '{{provider}} asked us to slow down ({{http}}): {{said}}.',
    server: '{{provider}} had a problem of its own ({{http}}).',
    server_said: '{{provider}} had a problem of its own ({{http}}): {{said}}.',
    network: '{{provider}} could not be reached ({{http}}).',
    network_said: '{{provider}} could not be reached ({{http}}): {{said}}.',
    timeout: '{{provider}} took too long to answer ({{http}}).',
    timeout_said: '{{provider}} took too long to answer ({{http}}): {{said}}.',
    bad_response: '{{provider}} sent an answer AgentDesk does not understand ({{http}}).',
    bad_response_said: '{{provider}} sent an answer AgentDesk does not understand ({{http}}): {{said}}.',
    tls: '{{provider}} could not be reached securely ({{http}}).',
    tls_said: '{{provider}} could not be reached securely ({{http}}): {{said}}.',
    insecure_url: '{{provider}} has an unsafe address ({{http}}).',
    insecure_url_said: '{{provider}} has an unsafe address ({{http}}): {{said}}.',
    htmlPage: 'It answered with an HTML page instead of JSON, probably from a proxy or gateway.',
    failureWithoutReason: 'The answer reports a failure without saying why.',
    tryAgainIn: 'Try again in {{wait}}.',
  },
  rateLimit: {
    usedUp: "{{provider}}'s rate limit is used up: try again in {{wait}}.",
    usedUpEstimate: "{{provider}}'s rate limit is used up, by AgentDesk's estimate: try again in up to {{wait}}.",
  },
  /** The answer came but could not be read. */
  answer: {
    tooLarge: '{{provider}} sent an answer larger than {{megabytes}} MB.',
    notDecompressed: '{{provider}} sent a {{coding}}-compressed answer that could not be decompressed.',
    unknownEncoding: '{{provider}} sent an answer in an unknown encoding ({{coding}}).',
    notJson: '{{provider}} sent an answer that is not valid JSON.',
    notJsonHtml: '{{provider}} sent an answer that is not valid JSON (an HTML page).',
    unexpected: '{{provider}} sent an unexpected answer: {{details}}.',
  },
  /** Failures below HTTP, named by the provider and the account, never by an address (but DNS's). */
  transport: {
    timeoutConnect: 'Timed out connecting to {{source}}.',
    timeoutBody: 'Timed out receiving the answer from {{source}}.',
    timeoutAnswer: 'Timed out waiting for {{source}} to answer.',
    untrusted: 'The secure connection to {{source}} could not be trusted ({{code}}).',
    refused: '{{source}} refused the connection.',
    notFound: '{{source}} could not be found at {{host}} (DNS).',
    notLookedUp: '{{source}} could not be looked up at {{host}} (DNS).',
    closed: '{{source}} closed the connection unexpectedly.',
    unreachable: '{{source}} is unreachable.',
    noNetwork: '{{source}} is unreachable (no network).',
    notReached: '{{source}} could not be reached.',
  },
  /** The proxy between this computer and the provider. */
  proxy: {
    authRefused:
      'The proxy {{proxy}} refused authentication, so {{source}} could not be reached. Enter the proxy user name and password when AgentDesk asks, or ask your IT department for them.',
  },
  baseUrl: {
    invalid: '"{{url}}" is not a valid base URL.',
    credentials: 'The base URL must not contain a user name or password.',
    plainHttp:
      'AgentDesk only connects to {{host}} over https; plain http is allowed for this computer (127.0.0.1) only.',
    scheme: 'The base URL must start with https:// (it starts with {{scheme}}//).',
  },
  /** A write whose answer was lost, after reading (or sending) it again. */
  write: {
    notApplied: 'AgentDesk read it again: the change was not applied.',
    unknownRead: 'Reading it again failed too, so AgentDesk cannot tell whether the change was applied.',
    unknownResend: 'Sending it again failed too, so AgentDesk cannot tell whether the change was applied.',
  },
  account: {
    gone: 'That account no longer exists; it may have been removed.',
    wrongProvider: '{{account}} is not on {{provider}}.',
    noKey: 'No key is set for {{account}}; add it on Accounts.',
    demo: 'Demo accounts cannot be changed; they go away when you leave the demo workspace.',
    importNotJson: 'That file is not JSON. Nothing was imported.',
    importInvalid: 'That is not an AgentDesk accounts file: {{details}}. Nothing was imported.',
    importInvalidAt: 'That is not an AgentDesk accounts file at {{path}}: {{details}}. Nothing was imported.',
  },
  keychain: {
    moduleMissing: "AgentDesk's keychain module could not be loaded ({{detail}}). Reinstall AgentDesk.",
    linux:
      'The system keychain is not available ({{detail}}). AgentDesk keeps API keys only there: install and start a Secret Service such as gnome-keyring (Debian/Ubuntu: apt install gnome-keyring libsecret-1-0), make sure it is unlocked, and try again.',
    darwin:
      'The macOS Keychain refused access ({{detail}}). Unlock the login keychain in Keychain Access and try again.',
    windows:
      'The Windows Credential Manager could not be used ({{detail}}). Sign in to Windows normally and try again.',
  },
  /** "Test connection": what happened, in words a person can act on. */
  connection: {
    alohubConnected_one: 'Connected to AloHub: {{count}} agent visible.',
    alohubConnected_other: 'Connected to AloHub: {{count}} agents visible.',
    tel4vnTokenConnected_one: 'Connected to Tel4vn: the token was accepted, {{count}} extension monitored.',
    tel4vnTokenConnected_other: 'Connected to Tel4vn: the token was accepted, {{count}} extensions monitored.',
    tel4vnKeyConnected_one: 'Connected to Tel4vn: the API key was accepted, {{count}} extension monitored.',
    tel4vnKeyConnected_other: 'Connected to Tel4vn: the API key was accepted, {{count}} extensions monitored.',
    voipbinAgents: 'Connected to VoIPbin: agents are visible.',
    voipbinNoAgents: 'Connected to VoIPbin: the token was accepted (no agents yet).',
    avatarConnected_one: 'Connected to AI avatar platform: {{count}} AI agent visible.',
    avatarConnected_other: 'Connected to AI avatar platform: {{count}} AI agents visible.',
    agenthubConnected: 'Connected to AgentHub: signed in as {{user}}.',
    agenthubConnectedUnnamed: 'Connected to AgentHub: signed in as an unnamed user.',
    keyRejected: '{{provider}} rejected the key. Check that it was copied whole and is still valid.',
    missingScope:
      '{{provider}} accepted the key but it lacks the permission (scope) AgentDesk needs. Ask your administrator for a key with agent access.',
    unreachable: '{{provider}} could not be reached at that address. Check the base URL and your network.',
    tls: 'The secure connection to {{provider}} could not be trusted. The address may be wrong, or a proxy is intercepting it.',
    timeout: '{{provider}} did not answer in time. Try again; if it persists, check the base URL.',
    rateLimited: '{{provider}} is limiting requests right now. Try again in a moment.',
    server: '{{provider}} had a problem of its own. Try again later.',
    unexpected:
      '{{provider}} answered, but not in a way AgentDesk understands. Check the base URL points at the {{provider}} API.',
    noKey: 'Enter the key to test the connection.',
    notCompleted: 'The test could not be completed.',
    tenantMismatch:
      "The key works, but not for tenant {{tenant}}. Check the tenant id, or leave it empty to use the key's own tenant.",
    tel4vnTokenRejected:
      'Tel4vn refused the token, or it has expired. Paste a new one in the Token field: the token you send as Authorization: Bearer to GET /v1/monitor/agent.',
  },
  /** The team relay, as a desk that listens to it sees it (monitor/relay/). */
  relay: {
    unreachable: 'The team relay ({{url}}) cannot be reached.',
    noTls:
      'The team relay ({{url}}) does not offer TLS, but its address asks for it (tls://). Ask your admin for the right address.',
    refused: 'The team relay ({{url}}) refused your NATS user name or password. Check them on Accounts.',
    notAllowed:
      "The team relay ({{url}}) does not let NATS user {{user}} see this account's calls: the user is set up for another extension or tenant. Check the extension and tenant on Accounts, or ask your admin.",
    notAllowedAgents:
      "The team relay ({{url}}) does not let NATS user {{user}} see the tenant's agents: the user is an agent's, or set up for another tenant. Ask your admin for a supervisor's user, or check the tenant on Accounts.",
    providerFailing:
      'The team relay cannot reach {{provider}} since {{sinceMs, datetime(hour: 2-digit; minute: 2-digit)}}.',
    unreadable: 'The team relay sent something AgentDesk cannot read; it may be a newer version.',
    silent:
      'The team relay ({{url}}) has sent nothing since {{sinceMs, datetime(hour: 2-digit; minute: 2-digit)}}: the relay may have stopped, though its NATS server still answers. Ask your admin whether the relay is running.',
  },
  tel4vn: {
    tokenRefused:
      'Tel4vn refused the token, or it has expired. Paste a new token on Accounts: edit this account and replace the token.',
  },
  voipbin: {
    badToken:
      'The VoIPbin token contains spaces, quotes, commas, semicolons, backslashes or other characters a token cannot have. Paste it again exactly as VoIPbin gave it.',
    createdWithoutAddresses: 'VoIPbin created {{username}}, but did not save the addresses:',
    addAddressesLater: "Add them from the agent's addresses.",
    hashNotSent: "VoIPbin regenerated {{username}}'s direct hash but did not send the new one; reload the agent.",
    addressesMoved:
      "{{username}}'s addresses changed in VoIPbin since the editor opened, so they are not all removed: reload the current addresses and remove those.",
  },
  alohub: {
    lastQueue: 'AloHub keeps every agent in at least one callin queue: add another queue before removing the last.',
    agentGone: 'AloHub no longer lists agent {{agentId}}.',
    bulkGone: 'That bulk change is no longer known; start it again.',
  },
  agenthub: {
    deletedMeanwhile: '{{name}} was deleted meanwhile; it can no longer be changed.',
  },
  monitor: {
    noAnswerWithin: 'No answer within {{seconds}} s.',
    asleep: 'Paused while the computer sleeps.',
    offline: 'Paused: this computer is offline.',
  },
  pause: {
    untilPast: 'That time has already passed; choose a time later today or in the next days.',
    untilTooFar: 'Choose a time within the next 7 days, or pause until you resume.',
  },
  exports: {
    unavailable: 'Saving files is done by the desktop app.',
    notWritten: 'The file could not be written: {{detail}}',
  },
  login: {
    installedOnly: 'Starting at login is set by the installed app.',
    refused: 'The computer refused to change starting at login: {{detail}}',
  },
  links: {
    invalid: 'That is not a valid web address.',
    httpsOnly: 'Only https links are opened (this one is {{scheme}}).',
    credentials: 'Links carrying a user name or password are not opened.',
    notListed: "{{host}} is not on AgentDesk's list of sites it opens.",
  },
  ringtone: {
    notAudio: 'That file is not an audio file AgentDesk can play (WAV, MP3, OGG, M4A or FLAC).',
    tooLarge: 'That sound file is too large ({{size}} MB; at most {{max}} MB).',
    unreadable: 'The sound file could not be read: {{detail}}',
    noCustomFile: 'Choose your own sound file first.',
    pickerUnavailable: 'Choosing a file is only possible in the installed app.',
  },
}
