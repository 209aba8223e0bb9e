import { z } from 'zod'

import { settableVoipbinStatuses, type SettableVoipbinStatus } from './voipbin'

/**
 * What VoIPbin accepts for an agent and its addresses, checked in the form as the user types
 * and again in main before anything is sent, in words the user understands. VoIPbin checks
 * again; its answer wins.
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

export const addressTypeLabels: Readonly<Record<VoipbinAddressType, string>> = {
  tel: 'Phone number',
  extension: 'Extension',
  sip: 'SIP address',
  agent: 'Agent',
  conference: 'Conference',
  email: 'Email',
  line: 'Line',
  web_session: 'Web session',
}

/** How the target of each type is named in "Enter …". */
const targetNouns: Readonly<Record<VoipbinAddressType, string>> = {
  tel: 'a phone number',
  extension: 'an extension',
  sip: 'a SIP address',
  agent: 'the agent id',
  conference: 'the conference id',
  email: 'an email address',
  line: 'the line id',
  web_session: 'the web session id',
}

export const MAX_TARGET_LENGTH = 254
export const MAX_ADDRESSES = 50

const E164 = /^\+[1-9]\d{7,14}$/
const EXTENSION = /^\d{1,20}$/
// user@host: no scheme, no port, no parameters; the host is dotted labels as DNS allows them.
const SIP = /^[^\s@:;<>"]+@(?=.{1,253}$)[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i
const emailSchema = z.email()

const isAddressType = (type: string): type is VoipbinAddressType =>
  (voipbinAddressTypes as ReadonlyArray<string>).includes(type)

/** What is wrong with a target for its type, or undefined when nothing is; for as-you-type checks. */
export function addressProblem(type: string, target: string): string | undefined {
  if (!isAddressType(type)) return 'Choose an address type'
  const value = target.trim()
  if (value === '') return `Enter ${targetNouns[type]}`
  if (value.length > MAX_TARGET_LENGTH) return `${addressTypeLabels[type]}: at most ${MAX_TARGET_LENGTH} characters`
  switch (type) {
    case 'tel':
      if (E164.test(value)) return undefined
      if (/[\s().-]/.test(value)) {
        return 'Write the phone number without spaces, dashes or brackets, e.g. +15559876543'
      }
      if (!value.startsWith('+')) return 'Start the phone number with + and the country code (E.164), e.g. +15559876543'
      return 'A phone number is + then 8 to 15 digits, the first not 0 (E.164), e.g. +15559876543'
    case 'extension':
      return EXTENSION.test(value) ? undefined : 'An extension is 1 to 20 digits and nothing else, e.g. 2001'
    case 'sip':
      if (/^sips?:/i.test(value)) return 'Leave out "sip:": write user@domain, e.g. lan.tran@sip.voipbin.net'
      return SIP.test(value) ? undefined : 'A SIP address is user@domain, e.g. lan.tran@sip.voipbin.net'
    case 'email':
      return emailSchema.safeParse(value).success ? undefined : 'An email address looks like lan.tran@example.com'
    default:
      // agent, conference, line, web_session: ids VoIPbin gave out; any non-empty one may be right.
      return undefined
  }
}

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label}: at most ${max} characters`)
    .optional()

/** One address as the editor sends it. */
export const addressSchema = z
  .object({
    type: z.enum(voipbinAddressTypes, { error: 'Choose an address type' }),
    target: z.string({ error: 'Enter the address' }).trim(),
    targetName: optionalText('Target name', 100),
    name: optionalText('Address name', 100),
    detail: optionalText('Address detail', 500),
  })
  .strict()
  .superRefine((address, context) => {
    const problem = addressProblem(address.type, address.target)
    if (problem) context.addIssue({ code: 'custom', path: ['target'], message: problem })
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
  .max(MAX_ADDRESSES, `At most ${MAX_ADDRESSES} addresses per agent`)
  .superRefine((addresses, context) => {
    const seen = new Set<string>()
    addresses.forEach((address, index) => {
      const identity = addressIdentity(address)
      if (seen.has(identity)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'target'],
          message: `${addressTypeLabels[address.type]} ${address.target} is listed twice`,
        })
      }
      seen.add(identity)
    })
  })

export const ringMethods = ['ringall', 'linear'] as const
export type RingMethod = (typeof ringMethods)[number]

export const ringMethodLabels: Readonly<Record<RingMethod, string>> = {
  ringall: 'Ring every address at once',
  linear: 'Ring the addresses one by one, in order',
}

/** VoIPbin's permission bitmask values an agent may be given here. */
export const voipbinPermissions = [0, 16, 32, 64, 240] as const
export type VoipbinPermission = (typeof voipbinPermissions)[number]

export const permissionLabels: Readonly<Record<VoipbinPermission, string>> = {
  0: 'None',
  16: 'Customer agent',
  32: 'Customer admin',
  64: 'Customer manager',
  240: 'All customer permissions',
}

/** A new agent. The password is write-only: sent once, never returned, shown or logged. */
export const newAgentSchema = z
  .object({
    username: z
      .string({ error: 'Enter a username' })
      .trim()
      .min(1, 'Enter a username')
      .max(100, 'Username: at most 100 characters')
      .regex(/^\S*$/, 'Username: no spaces'),
    // Not trimmed: spaces may be part of a password. Messages never repeat the value.
    password: z
      .string({ error: 'Enter a password' })
      .min(8, 'Password: at least 8 characters')
      .max(200, 'Password: at most 200 characters'),
    name: optionalText('Name', 200),
    detail: optionalText('Detail', 1000),
    ringMethod: z.enum(ringMethods, { error: 'Ring method: choose all at once or one by one' }),
    permission: z.literal(voipbinPermissions, {
      error: 'Permission: choose none, customer agent, admin, manager or all',
    }),
    addresses: addressesSchema.default([]),
  })
  .strict()
export type NewAgentInput = z.input<typeof newAgentSchema>
export type NewAgentForm = z.output<typeof newAgentSchema>

/** The statuses a person may set; "ringing" is VoIPbin's own. */
export const agentStatusSchema = z.enum(settableVoipbinStatuses, {
  error: 'Status: choose available, away, busy or offline',
})

export const statusLabels: Readonly<Record<SettableVoipbinStatus, string>> = {
  available: 'Available',
  away: 'Away',
  busy: 'Busy',
  offline: 'Offline',
}
