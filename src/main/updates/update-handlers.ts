import type { OperationHandlers } from '../ipc/dispatch'

import type { UpdateService } from './update-service'

type UpdateOperations = 'updates.getState' | 'updates.checkNow' | 'updates.setChannel' | 'updates.restart'

/** The Settings section's operations. */
export function createUpdateHandlers(service: UpdateService): Pick<OperationHandlers, UpdateOperations> {
  return {
    'updates.getState': async () => service.view(),
    'updates.checkNow': async () => service.checkNow(),
    'updates.setChannel': async ({ channel }) => service.setChannel(channel),
    'updates.restart': async () => ({ restarting: service.restartToUpdate() }),
  }
}
