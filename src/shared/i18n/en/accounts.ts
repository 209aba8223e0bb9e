/** The Accounts screen. */
export const accounts = {
  loading: 'Loading accounts…',
  add: 'Add account',
  empty: {
    title: 'No accounts connected',
    body: "Add an account for AloHub, Tel4vn, VoIPbin, the AI avatar platform or AgentHub. Its key is kept in your operating system's keychain; this window only ever learns whether a key is set.",
  },
  /** The providers as people know them; only the avatar platform is a description, not a brand. */
  providers: {
    alohub: 'AloHub',
    tel4vn: 'Tel4vn',
    voipbin: 'VoIPbin',
    avatar: 'AI avatar platform',
    agenthub: 'AgentHub',
  },
  card: {
    demo: 'Demo',
    address: 'Address',
    tenant: 'Tenant',
    role: 'Role',
    agent: 'Agent, extension {{extension}}',
    supervisor: 'Supervisor',
    monitor: 'Monitor',
    every: 'Every {{seconds}} s',
    defaultInterval: 'On, default interval',
    off: 'Off',
    signIn: 'Sign in',
    token: 'With a token',
    keyExchange: 'API key exchanged for tokens',
    customerId: 'Customer id',
    livePush: 'Live push',
    connection: 'Connection',
    key: 'Key',
    demoKey: 'Built-in demo key, kept in memory only',
    keySaved: 'Saved in the keychain',
    keyMissing: 'Not set: edit the account to add it',
    edit: 'Edit',
    confirmRemoval: 'Confirm removal',
    removeQuestion: 'Remove it and delete its key from the keychain?',
    remove: 'Remove',
    keep: 'Keep',
    removeAsk: 'Remove…',
  },
  test: {
    run: 'Test connection',
    running: 'Testing…',
    serverSaid: 'What the server said',
    /** Nothing answered at the path: where each provider's base URL ends, in its document's terms. */
    notFound: {
      alohub:
        'Nothing answers at that path on AloHub. Check the base URL: it is the address before /v1/agents, such as https://xapi.alohub.vn (add /api if your AloHub serves /api/v1/agents).',
      tel4vn:
        'Nothing answers at that path on Tel4vn. Check the base URL: it is the address before /v1/monitor/agent, such as https://api.example.vn.',
      voipbin:
        'Nothing answers at that path on VoIPbin. Check the base URL: it is https://api.voipbin.net/v1.0, with the /v1.0 prefix (the address before /agents).',
      avatar:
        'Nothing answers at that path on the AI avatar platform. Check the base URL: it is the address before /api/v1/agents, such as https://avatar.example.com.',
      agenthub:
        'Nothing answers at that path on AgentHub. Check the base URL: it is the service address before /v1/agentoverrides, such as https://agenthub.example.com.',
      /** Said after the Tel4vn hint when the user chose the key exchange, which a server may not offer. */
      tel4vnNoKeyExchange:
        'If it is right, this server may not offer the key exchange (POST /v1/auth/token): sign in with a token instead.',
    },
  },
  form: {
    edit: 'Edit {{label}}',
    addTitle: 'Add an account',
    add: 'Add account',
    provider: 'Provider',
    name: 'Name',
    namePlaceholder: 'e.g. Sài Gòn sales team',
    baseUrl: 'Base URL',
    documentedAddresses: 'Documented addresses',
    /** The documented base URLs' names (shared/domain/accounts); others are shown as they are. */
    addressNames: {
      Production: 'Production',
      Development: 'Development',
    },
    tenantId: 'Tenant id',
    tenantIdPlaceholder: 'Optional, e.g. 20260310',
    tenantIdHelp: "Sent as X-Tenant-ID. Leave it empty to use the key's own tenant.",
    role: 'Role',
    supervisor: 'Supervisor: watch queues and agents',
    agent: 'Agent: only calls for my extension',
    extension: 'My extension or agent id',
    extensionPlaceholder: 'e.g. 082018',
    liveMonitor: 'Live monitor',
    watch: 'Watch this account',
    every: 'every',
    intervalPlaceholder: 'default',
    seconds: 'seconds',
    wholeSeconds: 'Use whole seconds, or leave empty for the default',
    /** What each provider calls its key; Tel4vn's depends on the way in. */
    secret: {
      alohub: 'API key',
      tel4vn: 'Token',
      tel4vnApiKey: 'API key',
      voipbin: 'Access token',
      avatar: 'API key',
      agenthub: 'Access token',
    },
    /** How each provider's document says the key is sent, in the document's own terms. */
    secretHelp: {
      alohub: 'Sent as the X-Api-Key header on every request.',
      tel4vn: 'Sent as it is, as Authorization: Bearer, on GET /v1/monitor/agent.',
      tel4vnApiKey: 'Sent only to POST /v1/auth/token, as api_key; the tokens it returns go on the monitor calls.',
      voipbin: 'Sent as Authorization: Bearer and as the cookie token= on every request.',
      avatar: 'Sent as the x-api-key header.',
      agenthub: 'The access token, sent as Authorization: Bearer.',
    },
    tel4vnSignIn: {
      label: 'Sign in with',
      token: "A token (as Tel4vn's API document shows)",
      tokenHelp:
        'Paste the token you send as Authorization: Bearer … to GET /v1/monitor/agent. AgentDesk sends it as it is and makes no other call.',
      keyExchange: "An API key exchanged for tokens (Tel4vn's public docs)",
      keyExchangeHelp:
        'AgentDesk sends the key to POST /v1/auth/token and uses the short-lived tokens it returns. Only if your Tel4vn server offers this.',
    },
    customerId: 'Customer id',
    customerIdPlaceholder: 'Optional',
    customerIdHelp:
      'Only needed for live push when your token is an access key; a login token names the customer itself.',
    secretSaved: 'Saved in the keychain; type to replace',
    secretMissing: 'Not set',
    secretHint: 'Kept in your system keychain only. AgentDesk never shows it again.',
    invalidKey: 'Invalid key',
    secretForNewSignIn: 'A token and an API key are different secrets: enter the one for the new way in.',
    saving: 'Saving…',
    save: 'Save changes',
    cancel: 'Cancel',
  },
  file: {
    export: 'Export',
    import: 'Import',
    input: 'Accounts file to import',
    exported: 'Exported to {{fileName}}, without keys.',
    imported_one: 'Imported {{added}} account. Add each key before use.',
    imported_other: 'Imported {{added}} accounts. Add each key before use.',
    importedSkipped_one: 'Imported {{added}} account, skipped {{skipped}} already here. Add each key before use.',
    importedSkipped_other: 'Imported {{added}} accounts, skipped {{skipped}} already here. Add each key before use.',
  },
  /** The problems src/shared/domain/accounts names by code (`accounts:problems.*`). */
  problems: {
    enterExtension: 'Enter your extension or agent id',
    extensionCharacters: 'Use letters, digits and . _ - + @ only',
    intervalMin: 'At least 1 second',
    intervalMax: 'At most an hour',
    enterBaseUrl: 'Enter the base URL',
    fullUrl: 'Enter a full URL, such as https://xapi.alohub.vn',
    atMost: 'At most {{max}} characters',
    idCharacters: 'Use letters, digits, - and _ only',
    enterName: 'Give the account a name',
    enterKey: 'Enter the API key',
    keyTooLong: 'That key is too long',
    keySpaces: 'Remove spaces before or after the key',
  },
}
