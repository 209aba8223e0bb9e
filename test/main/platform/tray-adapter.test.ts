import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron'
import { describe, expect, it } from 'vitest'

import { desktopText } from '../../../src/main/i18n/desktop-text'
import {
  createTrayAdapter,
  menuTemplate,
  trayIconFile,
  type TrayActions,
} from '../../../src/main/platform/tray-adapter'
import type { PauseDuration } from '../../../src/shared/domain/notifications'

/** A recording stand-in for Electron's Tray: only what the adapter calls. */
class FakeTray {
  calls: string[] = []
  listeners = new Map<string, () => void>()
  constructor(readonly image: NativeImage) {}
  setImage(image: NativeImage) {
    this.calls.push(`setImage ${String(image)}`)
  }
  setToolTip(text: string) {
    this.calls.push(`setToolTip ${text}`)
  }
  setContextMenu(menu: Menu) {
    this.calls.push(`setContextMenu ${(menu as unknown as { labels: string }).labels}`)
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener)
    return this
  }
  destroy() {
    this.calls.push('destroy')
  }
}

function setUp() {
  const trays: FakeTray[] = []
  const loaded: string[] = []
  const actions: string[] = []
  const trayActions: TrayActions = {
    open: () => actions.push('open'),
    pause: (duration: PauseDuration) => actions.push(`pause ${duration}`),
    chooseTime: () => actions.push('choose time'),
    resume: () => actions.push('resume'),
    openMissedCalls: () => actions.push('missed calls'),
    saveDiagnostics: () => actions.push('save diagnostics'),
    quit: () => actions.push('quit'),
  }
  const adapter = createTrayAdapter(
    {
      createTray: (image) => {
        const tray = new FakeTray(image)
        trays.push(tray)
        return tray as unknown as Tray
      },
      loadImage: (path) => {
        loaded.push(path)
        return path as unknown as NativeImage
      },
      buildMenu: (template: MenuItemConstructorOptions[]) =>
        ({ labels: template.map((item) => item.label ?? item.type).join('|') }) as unknown as Menu,
    },
    (state) => `/res/tray/${state}.png`,
    trayActions,
  )
  return { adapter, trays, loaded, actions }
}

const english = desktopText('en')

describe('tray adapter', () => {
  it('creates the tray on first render with image, tooltip and menu', () => {
    const { adapter, trays, actions } = setUp()
    adapter.render({
      icon: 'idle',
      tooltip: 'AgentDesk',
      notificationsPaused: false,
      menu: english.menu,
      missedEntry: null,
      health: [],
    })
    expect(trays).toHaveLength(1)
    expect(String(trays[0]?.image)).toBe('/res/tray/idle.png')
    expect(trays[0]?.calls).toEqual([
      'setToolTip AgentDesk',
      'setContextMenu Open AgentDesk|Pause notifications|separator|Save diagnostics…|Quit AgentDesk',
    ])
    trays[0]?.listeners.get('click')?.()
    expect(actions).toEqual(['open'])
  })

  it('reaches every action through its context menu alone (Linux AppIndicator sends no clicks)', () => {
    const actions: string[] = []
    const record = (name: string) => () => void actions.push(name)
    const template = menuTemplate(
      false,
      english.menu,
      {
        open: record('open'),
        pause: (duration) => actions.push(`pause ${duration}`),
        resume: record('resume'),
        chooseTime: record('choose time'),
        openMissedCalls: record('missed calls'),
        saveDiagnostics: record('save diagnostics'),
        quit: record('quit'),
      },
      [],
      'Missed calls (1)',
    )
    const clickable = template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? item.submenu : [])])
    for (const item of clickable) item.click?.(undefined as never, undefined, undefined as never)
    expect(actions).toEqual([
      'open',
      'missed calls',
      'pause 15m',
      'pause 1h',
      'pause until-resumed',
      'choose time',
      'save diagnostics',
      'quit',
    ])
  })

  it('shows "Missed calls (N)" under Open while some are unseen, opens the history from it, and drops it after', () => {
    const { adapter, trays, actions } = setUp()
    const view = { icon: 'attention' as const, tooltip: 'AgentDesk: 2 missed calls', menu: english.menu, health: [] }
    adapter.render({ ...view, notificationsPaused: false, missedEntry: 'Missed calls (2)' })
    adapter.render({ ...view, notificationsPaused: false, missedEntry: 'Missed calls (2)' })
    adapter.render({ ...view, notificationsPaused: false, missedEntry: null })
    expect(trays[0]?.calls.filter((call) => call.startsWith('setContextMenu'))).toEqual([
      'setContextMenu Open AgentDesk|Missed calls (2)|Pause notifications|separator|Save diagnostics…|Quit AgentDesk',
      'setContextMenu Open AgentDesk|Pause notifications|separator|Save diagnostics…|Quit AgentDesk',
    ])
    const entry = menuTemplate(
      false,
      english.menu,
      {
        openMissedCalls: () => actions.push('missed calls'),
      } as unknown as TrayActions,
      [],
      'Missed calls (2)',
    )[1]
    entry?.click?.(undefined as never, undefined, undefined as never)
    expect(actions).toEqual(['missed calls'])
  })

  it('touches only what changed, and loads each image once', () => {
    const { adapter, trays, loaded } = setUp()
    adapter.render({
      icon: 'idle',
      tooltip: 'AgentDesk',
      notificationsPaused: false,
      menu: english.menu,
      missedEntry: null,
      health: [],
    })
    adapter.render({
      icon: 'ringing',
      tooltip: 'AgentDesk',
      notificationsPaused: false,
      menu: english.menu,
      missedEntry: null,
      health: [],
    })
    adapter.render({
      icon: 'ringing',
      tooltip: 'AgentDesk: 1 call ringing',
      notificationsPaused: false,
      menu: english.menu,
      missedEntry: null,
      health: [],
    })
    adapter.render({
      icon: 'idle',
      tooltip: 'AgentDesk: 1 call ringing',
      notificationsPaused: true,
      menu: english.menu,
      missedEntry: null,
      health: [],
    })
    expect(trays[0]?.calls.slice(2)).toEqual([
      'setImage /res/tray/ringing.png',
      'setToolTip AgentDesk: 1 call ringing',
      'setImage /res/tray/idle.png',
      'setContextMenu Open AgentDesk|Resume notifications|separator|Save diagnostics…|Quit AgentDesk',
    ])
    expect(loaded).toEqual(['/res/tray/idle.png', '/res/tray/ringing.png'])
  })

  it('destroys the tray and makes a new one on the next render', () => {
    const { adapter, trays } = setUp()
    adapter.render({
      icon: 'idle',
      tooltip: 'AgentDesk',
      notificationsPaused: false,
      menu: english.menu,
      missedEntry: null,
      health: [],
    })
    adapter.destroy()
    adapter.render({
      icon: 'paused',
      tooltip: 'AgentDesk',
      notificationsPaused: true,
      menu: english.menu,
      missedEntry: null,
      health: [],
    })
    expect(trays[0]?.calls.at(-1)).toBe('destroy')
    expect(trays).toHaveLength(2)
  })

  it('rebuilds the menu when its language changes, and only then', () => {
    const { adapter, trays } = setUp()
    adapter.render({
      icon: 'idle',
      tooltip: 'AgentDesk',
      notificationsPaused: false,
      menu: english.menu,
      missedEntry: null,
      health: [],
    })
    adapter.render({
      icon: 'idle',
      tooltip: 'AgentDesk',
      notificationsPaused: false,
      menu: english.menu,
      missedEntry: null,
      health: [],
    })
    adapter.render({
      icon: 'idle',
      tooltip: 'AgentDesk',
      notificationsPaused: false,
      menu: desktopText('vi').menu,
      missedEntry: null,
      health: [],
    })
    expect(trays[0]?.calls.slice(2)).toEqual([
      'setContextMenu Mở AgentDesk|Tạm dừng thông báo|separator|Lưu thông tin chẩn đoán…|Thoát AgentDesk',
    ])
  })
})

describe('tray menu', () => {
  it('offers three pause lengths and a chosen time, and routes each click', () => {
    const actions: string[] = []
    const template = menuTemplate(false, english.menu, {
      open: () => actions.push('open'),
      pause: (duration) => actions.push(`pause ${duration}`),
      chooseTime: () => actions.push('choose time'),
      resume: () => actions.push('resume'),
      openMissedCalls: () => actions.push('missed calls'),
      saveDiagnostics: () => actions.push('save diagnostics'),
      quit: () => actions.push('quit'),
    })
    const pauseMenu = template[1]?.submenu as MenuItemConstructorOptions[]
    for (const item of [template[0], ...pauseMenu, template[3], template[4]])
      item?.click?.(undefined as never, undefined, undefined as never)
    expect(pauseMenu.map((item) => item.label)).toEqual([
      'For 15 minutes',
      'For 1 hour',
      'Until I resume',
      'Until a time…',
    ])
    expect(actions).toEqual([
      'open',
      'pause 15m',
      'pause 1h',
      'pause until-resumed',
      'choose time',
      'save diagnostics',
      'quit',
    ])
  })
})

describe('tray menu health', () => {
  it('lists each account as a line that cannot be clicked, between open and pause', () => {
    const lines = ['Support desk: Connected · live push', 'Sales: Failing since 09:12: No answer within 20 s.']
    const template = menuTemplate(false, english.menu, {} as TrayActions, lines)
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Open AgentDesk',
      'separator',
      ...lines,
      'separator',
      'Pause notifications',
      'separator',
      'Save diagnostics…',
      'Quit AgentDesk',
    ])
    expect(template.filter((item) => lines.includes(item.label ?? '')).map((item) => item.enabled)).toEqual([
      false,
      false,
    ])
  })

  it("rebuilds the menu when an account's health changes", () => {
    const { adapter, trays } = setUp()
    const view = {
      icon: 'idle' as const,
      tooltip: 'AgentDesk',
      notificationsPaused: false,
      menu: english.menu,
      missedEntry: null,
    }
    adapter.render({ ...view, health: ['Sales: Connecting…'] })
    adapter.render({ ...view, health: ['Sales: Connecting…'] })
    adapter.render({ ...view, health: ['Sales: Failing since 09:12'] })
    expect(trays[0]?.calls.filter((call) => call.startsWith('setContextMenu'))).toEqual([
      'setContextMenu Open AgentDesk|separator|Sales: Connecting…|separator|Pause notifications|separator|Save diagnostics…|Quit AgentDesk',
      'setContextMenu Open AgentDesk|separator|Sales: Failing since 09:12|separator|Pause notifications|separator|Save diagnostics…|Quit AgentDesk',
    ])
  })
})

describe('tray icon files', () => {
  it('uses template images on macOS and colour images elsewhere', () => {
    expect(trayIconFile('/r', 'darwin', 'ringing')).toBe('/r/tray/ringingTemplate.png')
    expect(trayIconFile('/r', 'win32', 'ringing')).toBe('/r/tray/ringing.png')
    expect(trayIconFile('/r', 'linux', 'paused')).toBe('/r/tray/paused.png')
  })
})
