import { Activity, Bot, KeyRound, Settings, Users, type LucideIcon } from 'lucide-react'

import type { ScreenId } from '../../../shared/domain/screens'

/** How each screen is named (keys of the common namespace's nav) and drawn in the navigation. */
export interface ScreenEntry {
  readonly id: ScreenId
  readonly label: 'live' | 'agents' | 'aiAgents' | 'accounts' | 'settings'
  readonly description:
    'liveDescription' | 'agentsDescription' | 'aiAgentsDescription' | 'accountsDescription' | 'settingsDescription'
  readonly icon: LucideIcon
}

export const screens: ReadonlyArray<ScreenEntry> = [
  { id: 'live', label: 'live', description: 'liveDescription', icon: Activity },
  { id: 'agents', label: 'agents', description: 'agentsDescription', icon: Users },
  { id: 'ai-agents', label: 'aiAgents', description: 'aiAgentsDescription', icon: Bot },
  { id: 'accounts', label: 'accounts', description: 'accountsDescription', icon: KeyRound },
  { id: 'settings', label: 'settings', description: 'settingsDescription', icon: Settings },
]

/** The navigation entry of a screen. */
export function screenEntry(id: ScreenId): ScreenEntry {
  const entry = screens.find((candidate) => candidate.id === id)
  if (!entry) throw new Error(`No navigation entry for screen ${id}`)
  return entry
}
