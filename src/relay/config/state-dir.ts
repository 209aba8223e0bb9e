import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * Where a relay keeps its configuration, desk users, credentials file and trial nats-server:
 * `--state <dir>`, else the platform's place for a service's state (XDG on Linux and macOS,
 * %LOCALAPPDATA% on Windows), so two relays on one machine are two folders.
 */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'agentdesk-relay')
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, 'agentdesk-relay')
  return join(homedir(), '.local', 'state', 'agentdesk-relay')
}

/** The files of a state folder, named in one place. */
export function statePaths(stateDir: string) {
  return {
    config: join(stateDir, 'relay.json'),
    credentials: join(stateDir, 'credentials.json'),
    users: join(stateDir, 'users.json'),
    natsDir: join(stateDir, 'nats'),
    authorization: join(stateDir, 'nats', 'authorization.conf'),
    /** Written by the nats-server the trial starts (nats-server-process.ts), read to reload it. */
    natsPid: join(stateDir, 'nats', 'nats-server.pid'),
  }
}
