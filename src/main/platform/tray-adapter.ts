import type { Menu, MenuItemConstructorOptions, NativeImage, Rectangle, Tray } from 'electron'

import type { PauseDuration } from '../../shared/domain/notifications'
import type { TrayIconState, TrayMenuWords, TrayView } from '../../shared/domain/tray'
import type { TrayPort } from '../core/ports'

/** The parts of Electron the tray uses; injected so the adapter is tested with fakes. */
export interface TrayElectron {
  createTray(image: NativeImage): Tray
  loadImage(path: string): NativeImage
  buildMenu(template: MenuItemConstructorOptions[]): Menu
}

/** What the tray's menu can ask the app to do. */
export interface TrayActions {
  open(): void
  pause(duration: PauseDuration): void
  /** Opens Settings, where the user picks the time to pause until. */
  chooseTime(): void
  resume(): void
  /** Opens the alert history on the missed calls, which marks them seen. */
  openMissedCalls(): void
  /** "Save diagnostics…": the save dialog, then one zip for support. */
  saveDiagnostics(): void
  /** Quits and installs the downloaded update. */
  restartToUpdate?(): void
  quit(): void
}

/** A tray port with an explicit end of life. */
export interface TrayAdapter extends TrayPort {
  /** Where the icon is, to place the incoming-call window; undefined before the tray exists. */
  bounds(): Rectangle | undefined
  destroy(): void
}

/**
 * Creates the tray lazily on the first render. Each part (image, tooltip, menu) is set only
 * when it differs from what is shown: tray.setImage is expensive on Linux.
 */
export function createTrayAdapter(
  electron: TrayElectron,
  iconPath: (state: TrayIconState) => string,
  actions: TrayActions,
): TrayAdapter {
  let tray: Tray | undefined
  let shown: TrayView | undefined
  const images = new Map<TrayIconState, NativeImage>()
  const image = (state: TrayIconState) => {
    let loaded = images.get(state)
    if (!loaded) {
      loaded = electron.loadImage(iconPath(state))
      images.set(state, loaded)
    }
    return loaded
  }

  return {
    render(view) {
      if (!tray) {
        tray = electron.createTray(image(view.icon))
        tray.on('click', actions.open)
      } else if (shown?.icon !== view.icon) {
        tray.setImage(image(view.icon))
      }
      if (shown?.tooltip !== view.tooltip) tray.setToolTip(view.tooltip)
      if (
        shown?.notificationsPaused !== view.notificationsPaused ||
        shown.menu !== view.menu ||
        shown.missedEntry !== view.missedEntry ||
        shown.updateEntry !== view.updateEntry ||
        shown.health.join('\n') !== view.health.join('\n')
      ) {
        tray.setContextMenu(
          electron.buildMenu(
            menuTemplate(view.notificationsPaused, view.menu, actions, view.health, view.missedEntry, view.updateEntry),
          ),
        )
      }
      shown = view
    },
    bounds: () => tray?.getBounds(),
    destroy() {
      tray?.destroy()
      tray = undefined
      shown = undefined
    },
  }
}

/**
 * The tray menu: open, the missed calls not yet seen (when any), each account's connection health
 * (read-only lines), pause or resume, save diagnostics, quit.
 */
export function menuTemplate(
  paused: boolean,
  words: TrayMenuWords,
  actions: TrayActions,
  health: ReadonlyArray<string> = [],
  missedEntry: string | null = null,
  updateEntry: string | null = null,
): MenuItemConstructorOptions[] {
  const pauseItem: MenuItemConstructorOptions = paused
    ? { label: words.resume, click: () => actions.resume() }
    : {
        label: words.pause,
        submenu: [
          { label: words.for15m, click: () => actions.pause('15m') },
          { label: words.for1h, click: () => actions.pause('1h') },
          { label: words.untilResumed, click: () => actions.pause('until-resumed') },
          { label: words.untilTime, click: () => actions.chooseTime() },
        ],
      }
  const healthItems: MenuItemConstructorOptions[] = health.map((line) => ({ label: line, enabled: false }))
  return [
    { label: words.open, click: () => actions.open() },
    ...(missedEntry === null ? [] : [{ label: missedEntry, click: () => actions.openMissedCalls() }]),
    ...(updateEntry === null ? [] : [{ label: updateEntry, click: () => actions.restartToUpdate?.() }]),
    ...(healthItems.length > 0 ? [{ type: 'separator' as const }, ...healthItems, { type: 'separator' as const }] : []),
    pauseItem,
    { type: 'separator' },
    { label: words.saveDiagnostics, click: () => actions.saveDiagnostics() },
    { label: words.quit, click: () => actions.quit() },
  ]
}

/** The icon file for a state: template images on macOS (the system tints them), colour elsewhere. */
export function trayIconFile(resourcesDir: string, platform: string, state: TrayIconState): string {
  const name = platform === 'darwin' ? `${state}Template.png` : `${state}.png`
  return `${resourcesDir}/tray/${name}`
}
