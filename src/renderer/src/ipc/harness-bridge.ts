import type { AgentDeskBridge } from '../../../shared/ipc/bridge'
import { createBridge } from '../../../shared/ipc/create-bridge'
import { HARNESS_PATH, HARNESS_PROTOCOL, harnessMessageSchema } from '../../../shared/ipc/harness-protocol'
import type { IpcResult } from '../../../shared/ipc/result'

const TOKEN_KEY = 'agentdesk.harnessToken'

/**
 * Reads the harness token from the address's fragment, keeps it for reloads of this tab and
 * removes it from the address bar, so it is not copied along with the URL.
 */
export function takeHarnessToken(location: Location, storage: Storage, history: History): string | undefined {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token')
  if (fromHash) {
    storage.setItem(TOKEN_KEY, fromHash)
    history.replaceState(null, '', location.pathname + location.search)
    return fromHash
  }
  return storage.getItem(TOKEN_KEY) ?? undefined
}

/** Connection state of the harness socket, for the shell's status line. */
export type HarnessConnection = 'connecting' | 'open' | 'closed'

/**
 * The bridge over the browser harness's WebSocket: the same operations and events as the
 * Electron preload exposes, on another transport.
 */
export function createHarnessBridge(token: string, onConnection: (state: HarnessConnection) => void): AgentDeskBridge {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  const socket = new WebSocket(`${scheme}://${location.host}${HARNESS_PATH}`, [HARNESS_PROTOCOL, token])
  const pending = new Map<number, (result: IpcResult<unknown>) => void>()
  const listeners = new Set<(name: string, payload: unknown) => void>()
  const queued: string[] = []
  let nextId = 1

  onConnection('connecting')
  socket.addEventListener('open', () => {
    onConnection('open')
    for (const message of queued.splice(0)) socket.send(message)
  })
  socket.addEventListener('close', () => {
    onConnection('closed')
    for (const [id, settle] of pending) {
      pending.delete(id)
      settle({
        ok: false,
        error: {
          kind: 'internal',
          problem: { code: 'problems:ipc.harnessLost' },
          message: 'The connection to the AgentDesk services was lost. Restart the harness and reload.',
        },
      })
    }
  })
  socket.addEventListener('message', (event) => {
    const parsed = harnessMessageSchema.safeParse(JSON.parse(String(event.data)))
    if (!parsed.success) return
    const message = parsed.data
    if (message.type === 'event') {
      for (const listener of listeners) listener(message.name, message.payload)
      return
    }
    const settle = pending.get(message.id)
    pending.delete(message.id)
    settle?.(message.result as IpcResult<unknown>)
  })

  return createBridge(
    {
      invoke(operation, payload, callId) {
        const id = nextId++
        const message = JSON.stringify({ type: 'invoke', id, operation, payload, callId })
        return new Promise((settle) => {
          if (socket.readyState === WebSocket.CLOSED || socket.readyState === WebSocket.CLOSING) {
            settle({
              ok: false,
              error: {
                kind: 'internal',
                problem: { code: 'problems:ipc.harnessNotConnected' },
                message: 'Not connected to the AgentDesk services.',
              },
            })
            return
          }
          pending.set(id, settle)
          if (socket.readyState === WebSocket.OPEN) socket.send(message)
          else queued.push(message)
        })
      },
      cancel(callId) {
        const message = JSON.stringify({ type: 'cancel', callId })
        // A cancel queued behind its call goes after it; once closed, nothing waits any more.
        if (socket.readyState === WebSocket.OPEN) socket.send(message)
        else if (socket.readyState === WebSocket.CONNECTING) queued.push(message)
      },
      listen(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    },
    'browser-harness',
  )
}
