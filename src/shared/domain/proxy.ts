import { z } from 'zod'

import type { KeysUnder } from '../i18n/catalog-keys'
import { problemMessage } from '../i18n/problem'

const problem = (key: KeysUnder<'common:proxyAuth.problems'>, params?: Record<string, string | number>) =>
  problemMessage(`common:proxyAuth.problems.${key}`, params)

/** Main asks the user for a proxy's credentials: which proxy (host:port), and whether the last ones were refused. */
export const proxyAuthRequestSchema = z.object({
  id: z.string().min(1).max(100),
  proxy: z.string().max(300),
  again: z.boolean(),
})
export type ProxyAuthRequest = z.infer<typeof proxyAuthRequestSchema>

/** What the user typed; it goes to the keychain and never comes back to the renderer. */
export const proxyCredentialsSchema = z
  .object({
    username: z
      .string()
      .min(1, problem('enterUsername'))
      .max(256, problem('tooLong', { max: 256 })),
    password: z.string().max(1024, problem('tooLong', { max: 1024 })),
  })
  .strict()
export type ProxyCredentialsInput = z.infer<typeof proxyCredentialsSchema>

/** The answer to one request: credentials, or none for Cancel. */
export const proxyAuthAnswerSchema = z
  .object({ id: z.string().min(1).max(100), credentials: proxyCredentialsSchema.optional() })
  .strict()
