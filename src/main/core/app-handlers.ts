import type { AppInfo } from '../../shared/ipc/contract'
import type { OperationHandlers } from '../ipc/dispatch'

import type { Clock } from './clock'

/** Handlers that describe the running app. */
export function createAppHandlers(info: AppInfo, clock: Clock): Pick<OperationHandlers, 'app.getInfo' | 'app.ping'> {
  return {
    'app.getInfo': async () => info,
    'app.ping': async ({ message }) => ({ message, receivedAt: clock.now().toISOString() }),
  }
}
