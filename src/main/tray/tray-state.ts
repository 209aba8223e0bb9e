import type { TrayView } from '../../shared/domain/tray'
import type { TrayPort } from '../core/ports'

import { presentTray, sameTrayView, type TrayInputs } from './tray-presenter'

/** Holds what the tray reflects and redraws it only when the view actually changes. */
export interface TrayState {
  update(change: Partial<TrayInputs>): void
  view(): TrayView
}

/**
 * Creates the tray state. Redundant redraws are skipped here, once, because setImage on
 * Linux is costly and polling would otherwise redraw every few seconds.
 */
export function createTrayState(
  initial: TrayInputs,
  port: TrayPort,
  formatTime: (iso: string) => string,
  onViewChanged: (view: TrayView) => void,
): TrayState {
  let inputs = initial
  let shown: TrayView = presentTray(inputs, formatTime)
  port.render(shown)
  return {
    update(change) {
      inputs = { ...inputs, ...change }
      const next = presentTray(inputs, formatTime)
      if (sameTrayView(shown, next)) return
      shown = next
      port.render(next)
      onViewChanged(next)
    },
    view: () => shown,
  }
}
