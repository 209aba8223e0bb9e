import { z } from 'zod'

const E164 = /^\+[1-9]\d{7,14}$/

/**
 * Every body schema is strict: a key the document does not show is refused (400), never dropped
 * in silence, so a client that sends one is caught here instead of by the real service.
 */

/** One address, with the fields PROVIDERS.md lists, checked per type as VoIPbin documents. */
export const addressSchema = z
  .strictObject({
    type: z.enum(['tel', 'extension', 'sip', 'agent', 'conference', 'email', 'line', 'web_session']),
    target: z.string().min(1, 'target is required'),
    target_name: z.string().optional(),
    name: z.string().optional(),
    detail: z.string().optional(),
  })
  .superRefine((address, context) => {
    const fail = (message: string) => context.addIssue({ code: 'custom', path: ['target'], message })
    if (address.type === 'tel' && !E164.test(address.target)) fail('tel target must be E.164, e.g. +15559876543')
    if (address.type === 'extension' && !/^\d+$/.test(address.target)) fail('extension target must be digits only')
    if (address.type === 'sip' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address.target))
      fail('sip target must be user@domain')
  })

export const addressesBodySchema = z.strictObject({ addresses: z.array(addressSchema).max(50) })

/** The create body of the document's `POST /agents` sample: no addresses (they are a second call). */
export const createAgentSchema = z.strictObject({
  username: z.string().min(1, 'username is required').max(100),
  password: z.string().min(1, 'password is required').max(200),
  name: z.string().max(200).optional(),
  detail: z.string().max(1000).optional(),
  ring_method: z.enum(['ringall', 'linear']).optional(),
  permission: z.number().int().nonnegative().optional(),
  tag_ids: z.array(z.uuid()).optional(),
})

export const statusBodySchema = z.strictObject({ status: z.enum(['available', 'away', 'busy', 'offline']) })

/**
 * "addresses.1.target: tel target must be E.164" from a zod error; an unknown key is named, with
 * the keys the document allows there.
 */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  const where = issue?.path.join('.') || 'body'
  if (issue?.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ')
    return `${where}: unknown key${issue.keys.length === 1 ? '' : 's'} ${keys}`
  }
  return `${where}: ${issue?.message ?? 'invalid'}`
}
