/** The Settings screen. */
export const settings = {
  appearance: {
    legend: 'Appearance',
    theme: 'Theme',
    system: 'Same as the system',
    light: 'Light',
    dark: 'Dark',
  },
  window: {
    legend: 'Window',
    closeToTray: 'Keep running in the tray when the window is closed',
    closeToTrayHint: 'Calls keep ringing through while the window is away.',
    startMinimized: 'Start hidden in the tray',
    startMinimizedHint: 'Open the window from the tray icon when you need it.',
    startAtLogin: 'Start when I log in to this computer',
    startAtLoginHint: 'AgentDesk opens in the tray, ready for the first call of the day.',
  },
  notifications: {
    title: 'Notifications',
    pause15m: 'Pause 15 minutes',
    pause1h: 'Pause 1 hour',
    pauseUntilResumed: 'Pause until I resume',
    resume: 'Resume notifications',
    sendTest: 'Send a test notification',
  },
  about: {
    title: 'About',
    version: 'Version',
    platform: 'Platform',
    runningAs: 'Running as',
    desktop: 'Desktop app',
    harness: 'Browser harness (development)',
    check: 'Check connection to services',
    answered: 'Services answered in {{elapsed}} ms (at {{time}}).',
  },
}
