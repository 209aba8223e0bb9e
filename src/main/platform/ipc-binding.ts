import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron'

import { CANCEL_CHANNEL, EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/bridge'
import type { EventBus } from '../core/event-bus'
import type { Logger } from '../core/logger'
import { failure, type OperationHandlers } from '../ipc/dispatch'
import { createIpcCalls } from '../ipc/ipc-calls'
import { isTrustedSender, type RendererOrigin } from '../ipc/trusted-sender'

/**
 * The only place that touches ipcMain and webContents.send: requests and cancels are checked for
 * their sender and validated (dispatch, ipc-calls); events go to the windows that still exist.
 */
export function bindIpc(
  handlers: OperationHandlers,
  events: EventBus,
  origin: RendererOrigin,
  /** The main window and the incoming-call window: both show what main reports. */
  getWindows: () => ReadonlyArray<BrowserWindow | undefined>,
  logger: Logger,
): () => void {
  const calls = createIpcCalls(handlers, logger)
  const trusted = (event: IpcMainInvokeEvent | IpcMainEvent) => {
    const frame = event.senderFrame
    const isMainFrame = frame !== null && frame === event.sender.mainFrame
    if (isTrustedSender(frame?.url, isMainFrame, origin)) return true
    logger.warn('ipc: message from an untrusted frame refused', { url: frame?.url })
    return false
  }
  const watched = new WeakSet<object>()

  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event: IpcMainInvokeEvent, operation: unknown, payload: unknown, callId: unknown) => {
      if (!trusted(event)) {
        return failure({ kind: 'untrusted_sender', problem: { code: 'problems:ipc.untrustedSender' } })
      }
      // The window's calls are its own (keyed by its WebContents); a window that goes cancels its reads.
      const owner = event.sender
      if (!watched.has(owner)) {
        watched.add(owner)
        owner.once('destroyed', () => calls.cancelAll(owner))
      }
      return calls.invoke(owner, operation, payload, callId)
    },
  )
  const onCancel = (event: IpcMainEvent, message: unknown) => {
    if (trusted(event)) calls.cancel(event.sender, message)
  }
  ipcMain.on(CANCEL_CHANNEL, onCancel)
  const unsubscribe = events.subscribe((name, payload) => {
    for (const window of getWindows()) {
      if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload)
    }
  })
  return () => {
    unsubscribe()
    ipcMain.removeHandler(INVOKE_CHANNEL)
    ipcMain.removeListener(CANCEL_CHANNEL, onCancel)
  }
}
