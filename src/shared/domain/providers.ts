import { z } from 'zod'

/** The five provider APIs AgentDesk speaks. */
export const providerIds = ['alohub', 'tel4vn', 'voipbin', 'avatar', 'agenthub'] as const
export const providerIdSchema = z.enum(providerIds)
export type ProviderId = z.infer<typeof providerIdSchema>

/** How each provider is named to people. */
export const providerNames: Readonly<Record<ProviderId, string>> = {
  alohub: 'AloHub',
  tel4vn: 'Tel4vn',
  voipbin: 'VoIPbin',
  avatar: 'AI avatar platform',
  agenthub: 'AgentHub',
}
