import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'

import { BRIDGE_GLOBAL, CANCEL_CHANNEL, EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/ipc/bridge'
import { createBridge } from '../shared/ipc/create-bridge'
import type { IpcResult } from '../shared/ipc/result'

// The only file that touches ipcRenderer: the renderer gets named operations, never the raw object.
const bridge = createBridge(
  {
    invoke: (operation, payload, callId) =>
      ipcRenderer.invoke(INVOKE_CHANNEL, operation, payload, callId) as Promise<IpcResult<unknown>>,
    cancel(callId) {
      ipcRenderer.send(CANCEL_CHANNEL, { callId })
    },
    listen(listener) {
      const relay = (_event: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload)
      ipcRenderer.on(EVENT_CHANNEL, relay)
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, relay)
      }
    },
  },
  'electron',
)

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge)
