import {
  agentPermissions,
  relayPermissions,
  supervisorPermissions,
  type NatsPermissions,
} from '../../main/relay-protocol/relay-permissions'
import { writeFileAtomically } from '../config/atomic-file'
import { statePaths } from '../config/state-dir'

import { UsersError, type DeskUser, type UsersFile } from './users-store'

/**
 * The `authorization` block nats-server includes (`nats/authorization.conf` in the relay's state
 * folder), rendered from users.json: the relay's user and every desk user, each with a bcrypt
 * hash and only the subjects its role allows. Anything not allowed is refused by the server.
 */
export function authorizationPath(stateDir: string): string {
  return statePaths(stateDir).authorization
}

/** `relayTenants`: the tenants the relay polls; the tenants of desk users are added to them. */
export function renderAuthorization(file: UsersFile, relayTenants: readonly string[]): string {
  if (!file.relay) throw new UsersError('The relay has no NATS user yet; it is made before the first desk user')
  const tenants = [...new Set([...relayTenants, ...file.users.map((user) => user.tenant)])].sort()
  const entries = [
    userEntry(file.relay.name, file.relay.passwordHash, relayPermissions(tenants)),
    ...file.users.map((user) => userEntry(user.name, user.passwordHash, deskPermissions(user))),
  ]
  return [
    '# Written by `agentdesk-relay users`; edit users.json through that command, not this file.',
    'authorization {',
    '  users = [',
    ...entries,
    '  ]',
    '}',
    '',
  ].join('\n')
}

export async function writeAuthorization(
  stateDir: string,
  file: UsersFile,
  relayTenants: readonly string[],
): Promise<string> {
  const path = authorizationPath(stateDir)
  await writeFileAtomically(path, renderAuthorization(file, relayTenants))
  return path
}

function deskPermissions(user: DeskUser): NatsPermissions {
  return user.role === 'agent'
    ? agentPermissions(user.tenant, user.extension, user.name)
    : supervisorPermissions(user.tenant, user.name)
}

function userEntry(name: string, passwordHash: string, permissions: NatsPermissions): string {
  const list = (subjects: readonly string[]) => `[${subjects.map(quoted).join(', ')}]`
  return [
    '    {',
    `      user: ${quoted(name)}`,
    `      password: ${quoted(passwordHash)}`,
    '      permissions: {',
    `        publish: { allow: ${list(permissions.publish)} }`,
    `        subscribe: { allow: ${list(permissions.subscribe)} }`,
    '      }',
    '    }',
  ].join('\n')
}

/**
 * A double-quoted config string: `$` stays literal there (unquoted, nats-server would read a
 * variable), and `\` and `"` are escaped. Control characters have no place in a name or subject.
 */
export function quoted(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new UsersError(`A control character in ${JSON.stringify(value)}`)
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`
}
