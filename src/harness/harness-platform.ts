import type { ExternalOpenerPort, NotifierPort, TrayPort, WindowPort } from '../main/core/ports'
import type { TrayView } from '../shared/domain/tray'

/**
 * The platform of the browser harness: nothing reaches the desktop. Notifications and tray
 * states are recorded (the core also sends them to the page as events), links are not opened.
 */
export interface HarnessPlatform {
  readonly notifier: NotifierPort
  readonly tray: TrayPort
  readonly window: WindowPort
  readonly opener: ExternalOpenerPort
  /** Screen pops are recorded with the links. */
  readonly screenPopOpener: ExternalOpenerPort
  readonly recorded: {
    readonly notifications: ReadonlyArray<{ id: string; title: string; body: string }>
    readonly trayViews: ReadonlyArray<TrayView>
    readonly openedLinks: ReadonlyArray<string>
  }
}

/** Creates the recording platform. */
export function createHarnessPlatform(): HarnessPlatform {
  const notifications: Array<{ id: string; title: string; body: string }> = []
  const trayViews: TrayView[] = []
  const openedLinks: string[] = []
  return {
    notifier: { show: ({ id, title, body }) => void notifications.push({ id, title, body }) },
    tray: { render: (view) => void trayViews.push(view) },
    window: { open: () => undefined },
    opener: {
      open: async (url) => {
        openedLinks.push(url)
      },
    },
    screenPopOpener: {
      open: async (url) => {
        openedLinks.push(url)
      },
    },
    recorded: { notifications, trayViews, openedLinks },
  }
}
