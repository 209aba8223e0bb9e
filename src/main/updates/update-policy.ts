import { win32, posix } from 'node:path'

import { z } from 'zod'

import { updateChannelSchema, type UpdateChannel } from '../../shared/domain/updates'

/** What IT decided about updates on this machine. */
export interface UpdatePolicy {
  /** False: this copy never checks, downloads or installs. */
  readonly updatesAllowed: boolean
  /** The channel IT fixed; null: the user chooses. */
  readonly channel: UpdateChannel | null
  /** Where the decision came from; null: no policy (the user's settings rule). */
  readonly source: 'environment' | 'file' | null
  /** Why a policy that could not be read turned updates off, for the log. */
  readonly warning?: string
}

export const UPDATES_ENV = 'AGENTDESK_UPDATES'

/** The machine-wide policy file, writable by administrators only, per OS. */
export function policyFilePath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  if (platform === 'win32') return win32.join(env.ProgramData ?? 'C:\\ProgramData', 'AgentDesk', 'policy.json')
  if (platform === 'darwin') return posix.join('/Library', 'Application Support', 'AgentDesk', 'policy.json')
  return posix.join('/etc', 'agentdesk', 'policy.json')
}

/**
 * The file's update keys. Other keys are left alone (other features may share the file); a key of
 * ours with a value we do not know makes the whole file unreadable, which turns updates off.
 */
const policyFileSchema = z.object({
  updates: z.enum(['on', 'off']).optional(),
  channel: updateChannelSchema.optional(),
})

const OFF_WORDS = new Set(['off', 'false', '0', 'no', 'disabled'])
const ON_WORDS = new Set(['on', 'true', '1', 'yes', 'enabled'])

export interface PolicySources {
  readonly platform: NodeJS.Platform
  readonly env: Readonly<Record<string, string | undefined>>
  /** Reads a file as text; throws with code ENOENT when it is not there. */
  readonly readFile: (path: string) => string
}

const noPolicy: UpdatePolicy = { updatesAllowed: true, channel: null, source: null }

/**
 * Reads IT's policy: the environment variable wins (one desk, a script), then the machine-wide file.
 * Anything IT wrote that cannot be understood turns updates off (fail closed): an administrator who
 * took the trouble to write a policy did not mean "update anyway".
 */
export function readUpdatePolicy(sources: PolicySources): UpdatePolicy {
  const fromFile = readPolicyFile(sources)
  const raw = sources.env[UPDATES_ENV]?.trim().toLowerCase()
  if (raw === undefined || raw === '' || ON_WORDS.has(raw)) return fromFile
  if (OFF_WORDS.has(raw)) return { updatesAllowed: false, channel: fromFile.channel, source: 'environment' }
  return {
    updatesAllowed: false,
    channel: fromFile.channel,
    source: 'environment',
    warning: `${UPDATES_ENV} has a value that is neither on nor off: updates are off`,
  }
}

function readPolicyFile({ platform, env, readFile }: PolicySources): UpdatePolicy {
  const path = policyFilePath(platform, env)
  let text: string
  try {
    text = readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return noPolicy
    return {
      updatesAllowed: false,
      channel: null,
      source: 'file',
      warning: `${path} could not be read: updates are off`,
    }
  }
  let parsed: z.infer<typeof policyFileSchema>
  try {
    parsed = policyFileSchema.parse(JSON.parse(text))
  } catch {
    return {
      updatesAllowed: false,
      channel: null,
      source: 'file',
      warning: `${path} is not a policy this version understands ({"updates": "on" | "off", "channel": "stable" | "beta"}): updates are off`,
    }
  }
  if (parsed.updates === undefined && parsed.channel === undefined) return noPolicy
  return { updatesAllowed: parsed.updates !== 'off', channel: parsed.channel ?? null, source: 'file' }
}
