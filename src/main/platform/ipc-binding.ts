import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'

import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/bridge'
import type { EventBus } from '../core/event-bus'
import type { Logger } from '../core/logger'
import { dispatch, failure, type OperationHandlers } from '../ipc/dispatch'
import { isTrustedSender, type RendererOrigin } from '../ipc/trusted-sender'

/**
 * The only place that touches ipcMain and webContents.send: requests are checked for their
 * sender and validated by dispatch; events go to the windows that still exist.
 */
export function bindIpc(
  handlers: OperationHandlers,
  events: EventBus,
  origin: RendererOrigin,
  /** The main window and the incoming-call window: both show what main reports. */
  getWindows: () => ReadonlyArray<BrowserWindow | undefined>,
  logger: Logger,
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, operation: unknown, payload: unknown) => {
    const frame = event.senderFrame
    const isMainFrame = frame !== null && frame === event.sender.mainFrame
    if (!isTrustedSender(frame?.url, isMainFrame, origin)) {
      logger.warn('ipc: request from an untrusted frame refused', { url: frame?.url })
      return failure({ kind: 'untrusted_sender', problem: { code: 'problems:ipc.untrustedSender' } })
    }
    return dispatch(handlers, operation, payload, logger)
  })
  const unsubscribe = events.subscribe((name, payload) => {
    for (const window of getWindows()) {
      if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload)
    }
  })
  return () => {
    unsubscribe()
    ipcMain.removeHandler(INVOKE_CHANNEL)
  }
}
