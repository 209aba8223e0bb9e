import { z } from 'zod'

import type { KeysUnder } from '../i18n/catalog-keys'
import { problemMessage } from '../i18n/problem'

import { settableVoipbinStatuses } from './voipbin'

/**
 * What VoIPbin accepts for an agent and its addresses, checked in the form as the user types
 * and again in main before anything is sent. Messages are problem codes (`voipbin:problems.*`),
 * put into words by the screen in the language shown. VoIPbin checks again; its answer wins.
 */

export const voipbinAddressTypes = [
  'tel',
  'extension',
  'sip',
  'agent',
  'conference',
  'email',
  'line',
  'web_session',
] as const
export type VoipbinAddressType = (typeof voipbinAddressTypes)[number]

export const MAX_TARGET_LENGTH = 254
export const MAX_ADDRESSES = 50
/** The longest address name VoIPbin takes here. */
export const MAX_ADDRESS_NAME = 100

const E164 = /^\+[1-9]\d{7,14}$/
const EXTENSION = /^\d{1,20}$/
// user@host: no scheme, no port, no parameters; the host is dotted labels as DNS allows them.
const SIP = /^[^\s@:;<>"]+@(?=.{1,253}$)[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i
const emailSchema = z.email()

const isAddressType = (type: string): type is VoipbinAddressType =>
  (voipbinAddressTypes as ReadonlyArray<string>).includes(type)

const problem = (key: KeysUnder<'voipbin:problems'>, params?: Record<string, string | number>) =>
  problemMessage(`voipbin:problems.${key}`, params)

/** What is wrong with a target for its type (a problem code), or undefined when nothing is; for as-you-type checks. */
export function addressProblem(type: string, target: string): string | undefined {
  if (!isAddressType(type)) return problem('chooseType')
  const value = target.trim()
  if (value === '') return problem(`enterTarget.${type}`)
  if (value.length > MAX_TARGET_LENGTH) return problem('targetTooLong', { type, max: MAX_TARGET_LENGTH })
  switch (type) {
    case 'tel':
      if (E164.test(value)) return undefined
      if (/[\s().-]/.test(value)) {
        return problem('telSpaces')
      }
      if (!value.startsWith('+')) return problem('telPlus')
      return problem('telDigits')
    case 'extension':
      return EXTENSION.test(value) ? undefined : problem('extension')
    case 'sip':
      if (/^sips?:/i.test(value)) return problem('sipScheme')
      return SIP.test(value) ? undefined : problem('sip')
    case 'email':
      return emailSchema.safeParse(value).success ? undefined : problem('email')
    default:
      // agent, conference, line, web_session: ids VoIPbin gave out; any non-empty one may be right.
      return undefined
  }
}

/** `field` names the field in the catalog (`voipbin:problems.field.*`). */
const optionalText = (field: string, max: number) =>
  z
    .string({ error: problem('notText', { field }) })
    .trim()
    .max(max, problem('atMost', { field, max }))
    .optional()

/** One address as the editor sends it. */
export const addressSchema = z
  .object({
    type: z.enum(voipbinAddressTypes, { error: problem('chooseType') }),
    target: z.string({ error: problem('enterAddress') }).trim(),
    targetName: optionalText('targetName', 100),
    name: optionalText('addressName', MAX_ADDRESS_NAME),
    detail: optionalText('addressDetail', 500),
  })
  .strict()
  .superRefine((address, context) => {
    const wrong = addressProblem(address.type, address.target)
    if (wrong) context.addIssue({ code: 'custom', path: ['target'], message: wrong })
  })
export type AddressInput = z.input<typeof addressSchema>
export type AddressForm = z.output<typeof addressSchema>

/** What makes two addresses the same place to ring: the type and the target. */
export function addressIdentity(address: { readonly type: string; readonly target: string }): string {
  return `${address.type} ${address.target}`
}

/** An agent's whole address list: at most 50, none listed twice. */
export const addressesSchema = z
  .array(addressSchema)
  .max(MAX_ADDRESSES, problem('tooManyAddresses', { max: MAX_ADDRESSES }))
  .superRefine((addresses, context) => {
    const seen = new Set<string>()
    addresses.forEach((address, index) => {
      const identity = addressIdentity(address)
      if (seen.has(identity)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'target'],
          message: problem('listedTwice', { type: address.type, target: address.target }),
        })
      }
      seen.add(identity)
    })
  })

export const ringMethods = ['ringall', 'linear'] as const
export type RingMethod = (typeof ringMethods)[number]

/** VoIPbin's permission bitmask values an agent may be given here. */
export const voipbinPermissions = [0, 16, 32, 64, 240] as const
export type VoipbinPermission = (typeof voipbinPermissions)[number]

/** A new agent. The password is write-only: sent once, never returned, shown or logged. */
export const newAgentSchema = z
  .object({
    username: z
      .string({ error: problem('enterUsername') })
      .trim()
      .min(1, problem('enterUsername'))
      .max(100, problem('atMost', { field: 'username', max: 100 }))
      .regex(/^\S*$/, problem('usernameSpaces')),
    // Not trimmed: spaces may be part of a password. Messages never repeat the value.
    password: z
      .string({ error: problem('enterPassword') })
      .min(8, problem('atLeast', { field: 'password', min: 8 }))
      .max(200, problem('atMost', { field: 'password', max: 200 })),
    name: optionalText('name', 200),
    detail: optionalText('detail', 1000),
    ringMethod: z.enum(ringMethods, { error: problem('ringMethod') }),
    permission: z.literal(voipbinPermissions, { error: problem('permission') }),
    addresses: addressesSchema.default([]),
  })
  .strict()
export type NewAgentInput = z.input<typeof newAgentSchema>
export type NewAgentForm = z.output<typeof newAgentSchema>

/** The statuses a person may set; "ringing" is VoIPbin's own. */
export const agentStatusSchema = z.enum(settableVoipbinStatuses, { error: problem('status') })
