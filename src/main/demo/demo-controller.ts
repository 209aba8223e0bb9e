import type { Logger } from '../core/logger'
import type { SettingsRepository } from '../settings/settings-repository'

import { startDemoWorkspace, type DemoSize, type DemoWorkspace } from './demo-workspace'

/** Whether the demo workspace runs; the choice is remembered across restarts. */
export interface DemoState {
  readonly active: boolean
  readonly starting: boolean
}

/** Starts and stops the demo workspace, one transition at a time. */
export interface DemoController {
  state(): DemoState
  current(): DemoWorkspace | undefined
  start(): Promise<DemoState>
  stop(): Promise<DemoState>
  /** Resumes the demo if the user left it on last time. */
  restore(): Promise<void>
  dispose(): Promise<void>
}

/** Creates the controller; onChange runs after every transition. */
export function createDemoController(deps: {
  settings: SettingsRepository
  now: () => Date
  logger: Logger
  onChange: (state: DemoState) => void
  size?: DemoSize
}): DemoController {
  let workspace: DemoWorkspace | undefined
  let transition: Promise<unknown> = Promise.resolve()
  let starting = false
  const state = (): DemoState => ({ active: workspace !== undefined, starting })

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = transition.then(work, work)
    transition = next.catch(() => undefined)
    return next
  }

  const start = () =>
    serial(async () => {
      if (!workspace) {
        starting = true
        deps.onChange(state())
        try {
          workspace = await startDemoWorkspace(deps.now, deps.size)
        } finally {
          starting = false
        }
        deps.settings.update({ demoWorkspace: true })
        deps.logger.info('demo: workspace started')
      }
      deps.onChange(state())
      return state()
    })

  const stop = () =>
    serial(async () => {
      const closing = workspace
      workspace = undefined
      deps.settings.update({ demoWorkspace: false })
      await closing?.close()
      deps.onChange(state())
      return state()
    })

  return {
    state,
    current: () => workspace,
    start,
    stop,
    async restore() {
      if (!deps.settings.read().demoWorkspace) return
      await start().catch((error: unknown) => deps.logger.error('demo: could not start', { error }))
    },
    dispose: () => serial(async () => workspace?.close()),
  }
}
