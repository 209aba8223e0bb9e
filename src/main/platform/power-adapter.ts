import type { PowerPort } from '../core/ports'

/** The part of Electron's powerMonitor the app listens to; injected so the adapter is tested with a fake. */
export interface PowerMonitorLike {
  on(event: 'suspend' | 'resume' | 'unlock-screen', listener: () => void): unknown
  removeListener(event: 'suspend' | 'resume' | 'unlock-screen', listener: () => void): unknown
}

/**
 * Turns powerMonitor's events into asleep and awake. Unlocking the screen counts as awake too:
 * some desktops never send "resume" after a long lock, and a check that finds nothing costs one
 * request per account, while a monitor left sleeping costs calls.
 */
export function createPowerAdapter(powerMonitor: PowerMonitorLike): PowerPort {
  return {
    onChange(listener) {
      const asleep = () => listener('asleep')
      const awake = () => listener('awake')
      powerMonitor.on('suspend', asleep)
      powerMonitor.on('resume', awake)
      powerMonitor.on('unlock-screen', awake)
      return () => {
        powerMonitor.removeListener('suspend', asleep)
        powerMonitor.removeListener('resume', awake)
        powerMonitor.removeListener('unlock-screen', awake)
      }
    },
  }
}
