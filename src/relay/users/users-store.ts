import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import bcrypt from 'bcryptjs'
import { z } from 'zod'

import { TENANT_ID_PATTERN } from '../../main/relay-protocol/relay-names'
import { RELAY_USER } from '../../main/relay-protocol/relay-permissions'
import { writeFileAtomically } from '../config/atomic-file'
import { statePaths } from '../config/state-dir'

/**
 * The desk users of a relay (`users.json` in its state folder): who may connect to its NATS
 * server and what each sees. Only bcrypt hashes are kept; a password is shown once, when made.
 */
export class UsersError extends Error {
  override name = 'UsersError'
}

/** Same characters as an agent account's extension (src/shared/domain/accounts.ts). */
const EXTENSION_PATTERN = /^[\w.@+-]{1,64}$/
/** A user name goes into the server config and an inbox subject: keep it plain. */
const USER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/
/**
 * bcrypt's cost, the lowest there is. nats-server checks the hash on every connect, and a storm
 * of desks (a morning's logins, every desk reconnecting after a nats-server restart) pays it
 * for each at once: at cost 10 (~100 ms each on a 2-core VM) 500 desks never all got in, since
 * every connect outlived the desks' 5 s timeout and they all tried again together
 * (docs/PERFORMANCE.md, "Team relay"). A higher cost only slows the guessing of a weak password,
 * and these never are: newPassword() makes each of 192 random bits. The hash keeps the config
 * file free of the passwords themselves.
 */
export const BCRYPT_COST = 4

const deskUserSchema = z.discriminatedUnion('role', [
  z.object({
    name: z.string().regex(USER_NAME_PATTERN),
    tenant: z.string().regex(TENANT_ID_PATTERN),
    role: z.literal('agent'),
    extension: z.string().regex(EXTENSION_PATTERN),
    passwordHash: z.string().min(1),
  }),
  z.object({
    name: z.string().regex(USER_NAME_PATTERN),
    tenant: z.string().regex(TENANT_ID_PATTERN),
    role: z.literal('supervisor'),
    passwordHash: z.string().min(1),
  }),
])
export type DeskUser = z.infer<typeof deskUserSchema>

const usersFileSchema = z.object({
  version: z.literal(1),
  /** The relay's own NATS user; its password lives with the relay's other secrets, not here. */
  relay: z.object({ name: z.literal(RELAY_USER), passwordHash: z.string().min(1) }).nullable(),
  users: z.array(deskUserSchema),
})
export type UsersFile = z.infer<typeof usersFileSchema>

export function usersFilePath(stateDir: string): string {
  return statePaths(stateDir).users
}

export async function loadUsers(stateDir: string): Promise<UsersFile> {
  const path = usersFilePath(stateDir)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, relay: null, users: [] }
    throw error
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new UsersError(`${path} is not JSON; fix or remove it`)
  }
  const parsed = usersFileSchema.safeParse(json)
  if (!parsed.success) throw new UsersError(`${path} is not a users file: ${parsed.error.issues[0]?.message ?? ''}`)
  return parsed.data
}

export async function saveUsers(stateDir: string, file: UsersFile): Promise<void> {
  await writeFileAtomically(usersFilePath(stateDir), `${JSON.stringify(file, null, 2)}\n`)
}

export type NewDeskUser =
  | { name: string; tenant: string; role: 'agent'; extension: string }
  | { name: string; tenant: string; role: 'supervisor' }

/** Checks a new user against the file's rules and the users already there; throws a UsersError saying what is wrong. */
export function checkNewUser(file: UsersFile, user: NewDeskUser): void {
  checkUserName(user.name)
  if (!TENANT_ID_PATTERN.test(user.tenant)) {
    throw new UsersError(
      `Not a tenant id: ${JSON.stringify(user.tenant)} (lower-case letters, digits, _ and -, starting with a letter or digit)`,
    )
  }
  if (user.role === 'agent' && !EXTENSION_PATTERN.test(user.extension)) {
    throw new UsersError(
      `Not an extension: ${JSON.stringify(user.extension)} (letters, digits and . _ @ + -, at most 64 characters)`,
    )
  }
  if (user.name === RELAY_USER) throw new UsersError(`${RELAY_USER} is the relay's own user`)
  if (file.users.some((existing) => existing.name === user.name)) {
    throw new UsersError(`There is already a user ${user.name}; remove it first or pick another name`)
  }
}

export function checkUserName(name: string): void {
  if (!USER_NAME_PATTERN.test(name)) {
    throw new UsersError(
      `Not a user name: ${JSON.stringify(name)} (letters, digits and . _ @ -, starting with a letter or digit, at most 64)`,
    )
  }
}

/** 24 random bytes: 192 bits, typed once into the desk's settings. */
export function newPassword(): string {
  return randomBytes(24).toString('base64url')
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST)
}

export function passwordMatches(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash)
}
