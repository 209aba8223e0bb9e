import { z } from 'zod'

/** The AI avatar agents the renderer shows; pictures come separately, as data: URLs. */
export const avatarAgentViewSchema = z.object({
  agentId: z.number(),
  name: z.string(),
  avatarId: z.number().nullable(),
  avatarName: z.string().nullable(),
  hasPicture: z.boolean(),
  language: z.string().nullable(),
  status: z.string(),
  customGreeting: z.string().nullable(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  totalSessions: z.number(),
  avgDurationSeconds: z.number().nullable(),
  voiceId: z.string().nullable(),
})
export type AvatarAgentView = z.infer<typeof avatarAgentViewSchema>

export const avatarRequests = {
  listAgents: z.object({ accountId: z.uuid() }).strict(),
  picture: z.object({ accountId: z.uuid(), agentId: z.number().int().nonnegative() }).strict(),
}

/** A picture as a data: URL (the only kind the renderer's CSP lets in), or null when there is none. */
export const avatarPictureSchema = z.object({
  dataUrl: z
    .string()
    .regex(/^data:image\/(png|jpeg|webp|gif|svg\+xml);base64,/)
    .nullable(),
})
