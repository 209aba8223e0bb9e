import { z } from 'zod'

/** The renderer's top-level screens, in navigation order. */
export const screenIds = ['live', 'agents', 'ai-agents', 'accounts', 'settings'] as const
export const screenIdSchema = z.enum(screenIds)
export type ScreenId = z.infer<typeof screenIdSchema>
