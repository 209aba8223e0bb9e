import { afterEach } from 'vitest'

import type { LiveMonitor } from '../../src/main/monitor/live-monitor'
import type { Tel4vnCall } from '../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import type { Sandbox } from '../../src/main/sandbox/start-sandbox'

import { expectNoUnhandledRejections } from './no-unhandled-rejections'
import { useSandbox } from './sandbox-fixture'

/**
 * The set-up the monitor's sandbox tests share: one sandbox for the file, no unhandled rejection,
 * every monitor a test started disposed after it and the Tel4vn calls cleared (plus `reset`, for
 * what else a file changes), and a Tel4vn call on the first extension with the fields given.
 */
export function useMonitorSandbox(reset: (sandbox: Sandbox) => void = () => undefined) {
  const { sandbox, clientOptions } = useSandbox()
  expectNoUnhandledRejections()
  const monitors: LiveMonitor[] = []
  afterEach(() => {
    for (const monitor of monitors.splice(0)) monitor.dispose()
    sandbox().apps.tel4vn.setCalls([])
    reset(sandbox())
  })
  const first = () => sandbox().apps.tel4vn.extensions()[0]
  /** A call ringing on the first extension; `overrides` sets anything else. */
  const tel4vnCall = (callId: string, overrides: Partial<Tel4vnCall> = {}): Tel4vnCall => ({
    callId,
    extension: first()?.extension ?? '',
    state: 'RINGING',
    direction: 'inbound',
    destination: '02873001234',
    startedAt: Date.now(),
    ...overrides,
  })
  return { sandbox, clientOptions, monitors, first, tel4vnCall }
}
