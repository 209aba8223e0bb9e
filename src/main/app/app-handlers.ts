import type { AppInfo } from '../../shared/ipc/contract'
import type { Clock } from '../core/clock'
import type { OperationHandlers } from '../ipc/dispatch'

/** Handlers that describe the running app. */
export function createAppHandlers(info: AppInfo, clock: Clock): Pick<OperationHandlers, 'app.getInfo' | 'app.ping'> {
  return {
    'app.getInfo': async () => info,
    'app.ping': async ({ message }) => ({ message, receivedAt: clock.now().toISOString() }),
  }
}
