/** The incoming-call window and the ringtone's settings. */
export const ring = {
  incoming: {
    label: 'Incoming call',
    title: 'Call ringing on {{extension}}',
    titleAgent: 'Call ringing on {{extension}} ({{agent}})',
    /** Tel4vn's destination: the number receiving the call (the API names no caller); as Live's column says it. */
    destination: 'Number called',
    direction: 'Direction',
    inbound: 'inbound',
    outbound: 'outbound',
    notReported: 'not reported',
    queues: 'Queues',
    account: 'Account',
    more_one: '{{count}} more call ringing',
    more_other: '{{count}} more calls ringing',
    open: 'Open',
    dismiss: 'Dismiss',
    none: 'No call is ringing.',
  },
  settings: {
    title: 'Ring',
    intro:
      'While a call rings for you, AgentDesk plays a tone and keeps its alert until the call is answered, ends or you dismiss it. Nothing rings while alerts are paused.',
    tone: 'Ringtone',
    tones: {
      chime: 'Chime',
      pulse: 'Pulse',
      bell: 'Bell',
      custom: 'My own file',
      none: 'No sound',
    },
    chooseFile: 'Choose a sound file…',
    customFile: 'Your file: {{name}}',
    noCustomFile: 'No file chosen yet.',
    volume: 'Volume',
    volumeValue: '{{value}} %',
    device: 'Ring on',
    alsoRingOn: 'Also ring on',
    systemDefault: 'System default output',
    noSecondDevice: 'No second device',
    unnamedDevice: 'Output {{number}}',
    devicesHint: 'Ring on your speakers as well while the headset is on.',
    incomingWindow: 'Incoming-call window',
    windowChoices: {
      agents: 'For agent accounts (default)',
      always: 'For every ring',
      never: 'Never',
    },
    windowHint:
      'A small window on top of the others, near the tray, that never takes the keyboard from your call software.',
    macAlerts:
      'On macOS, set AgentDesk to the "Alerts" style in System Settings › Notifications, or its ring alerts disappear after a few seconds.',
    /** What macOS's Notification Center preferences say about AgentDesk's alert style. */
    macStyle: {
      alerts:
        'macOS shows AgentDesk’s alerts as Alerts: a ring stays on screen until it is answered, ends or is dismissed.',
      banners:
        'macOS shows AgentDesk’s alerts as banners, which disappear after a few seconds: set them to Alerts in System Settings › Notifications › AgentDesk.',
      none: 'macOS shows no alerts for AgentDesk: set them to Alerts in System Settings › Notifications › AgentDesk.',
    },
    save: 'Save',
    saved: 'Saved.',
    testTone: 'Play test tone',
    stopTest: 'Stop',
  },
}
