import { Activity, Bot, KeyRound, Settings, Users, type LucideIcon } from 'lucide-react'

import type { ScreenId } from '../../../shared/domain/screens'

/** How each screen is named and drawn in the navigation. */
export interface ScreenEntry {
  readonly id: ScreenId
  readonly label: string
  readonly description: string
  readonly icon: LucideIcon
}

export const screens: ReadonlyArray<ScreenEntry> = [
  { id: 'live', label: 'Live', description: 'Calls ringing and on call, right now', icon: Activity },
  { id: 'agents', label: 'Agents', description: 'People, queues and recording', icon: Users },
  { id: 'ai-agents', label: 'AI agents', description: 'Bot configurations and their runs', icon: Bot },
  { id: 'accounts', label: 'Accounts', description: 'Provider connections and API keys', icon: KeyRound },
  { id: 'settings', label: 'Settings', description: 'Appearance, window and notifications', icon: Settings },
]

/** The navigation entry of a screen. */
export function screenEntry(id: ScreenId): ScreenEntry {
  const entry = screens.find((candidate) => candidate.id === id)
  if (!entry) throw new Error(`No navigation entry for screen ${id}`)
  return entry
}
