import { accountSchema } from '../../shared/domain/accounts'
import { SETTINGS_SCHEMA_VERSION, defaultSettings, settingsSchema, type Settings } from '../../shared/domain/settings'

type RawSettings = Record<string, unknown>

/**
 * Steps from one stored layout to the next, keyed by the version they upgrade from.
 * Version 1 (the first preview) had theme 'auto' and a single 'notificationsPaused' flag.
 */
const steps: Readonly<Record<number, (raw: RawSettings) => RawSettings>> = {
  1: ({ notificationsPaused, ...rest }) => ({
    ...rest,
    theme: rest.theme === 'auto' ? 'system' : rest.theme,
    notificationsPausedIndefinitely: notificationsPaused === true,
    notificationsPausedUntil: null,
    schemaVersion: 2,
  }),
  // Version 2 knew one way into Tel4vn: the stored secret was an API key exchanged for tokens.
  // Version 3 sends a pasted token as it is by default, so the old accounts keep the exchange.
  2: (raw) => ({
    ...raw,
    accounts: Array.isArray(raw.accounts)
      ? raw.accounts.map((account: unknown) =>
          isRecord(account) && account.provider === 'tel4vn' && account.tel4vnSignIn === undefined
            ? { ...account, tel4vnSignIn: 'key_exchange' }
            : account,
        )
      : raw.accounts,
    schemaVersion: 3,
  }),
  // Version 4 adds working hours; a file from before starts with them off (the default).
  3: (raw) => ({ ...raw, schemaVersion: 4 }),
  // Version 5 adds the supervisor board's queue thresholds; a file from before gets the defaults.
  4: (raw) => ({ ...raw, schemaVersion: 5 }),
  // Version 6 adds the update channel; a file from before stays on stable (the default).
  5: (raw) => ({ ...raw, schemaVersion: 6 }),
  // Version 7 adds the team relay: every Tel4vn and AloHub account (the relayed providers) says it has none.
  6: (raw) => ({
    ...raw,
    accounts: Array.isArray(raw.accounts)
      ? raw.accounts.map((account: unknown) =>
          isRecord(account) &&
          (account.provider === 'tel4vn' || account.provider === 'alohub') &&
          account.relay === undefined
            ? { ...account, relay: null }
            : account,
        )
      : raw.accounts,
    schemaVersion: 7,
  }),
}

/** The outcome of reading stored settings: the settings, and what was wrong with the file. */
export interface MigrationOutcome {
  readonly settings: Settings
  /** Fields that were invalid and fell back to their defaults. */
  readonly resetFields: ReadonlyArray<string>
  readonly migratedFrom: number | undefined
}

/**
 * Upgrades whatever was stored to the current layout. Never throws: a field that cannot be
 * read falls back to its default and is reported, so one bad value does not lose the rest.
 */
export function migrateSettings(stored: unknown): MigrationOutcome {
  let raw: RawSettings = isRecord(stored) ? { ...stored } : {}
  const storedVersion = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : undefined
  // A file without a version is either new (empty) or from version 1, which wrote none.
  let version = storedVersion ?? (Object.keys(raw).length === 0 ? SETTINGS_SCHEMA_VERSION : 1)
  const migratedFrom = version < SETTINGS_SCHEMA_VERSION ? version : undefined
  while (version < SETTINGS_SCHEMA_VERSION) {
    const step = steps[version]
    if (!step) break
    raw = step(raw)
    version += 1
  }
  const settings: RawSettings = { ...defaultSettings }
  const resetFields: string[] = []
  const shape = settingsSchema.shape
  for (const key of Object.keys(shape) as Array<keyof typeof shape>) {
    if (key === 'schemaVersion' || !(key in raw)) continue
    if (key === 'accounts') {
      // One damaged account must not take the others with it.
      const { valid, invalid, screenPopsDropped } = readAccounts(raw.accounts)
      settings.accounts = valid
      if (invalid > 0) resetFields.push(`accounts (${invalid} unreadable)`)
      if (screenPopsDropped > 0) resetFields.push(`accounts' screen pop (${screenPopsDropped} refused)`)
      continue
    }
    const field = shape[key].safeParse(raw[key])
    if (field.success) settings[key] = field.data
    else resetFields.push(key)
  }
  return { settings: settingsSchema.parse(settings), resetFields, migratedFrom }
}

function readAccounts(raw: unknown): { valid: unknown[]; invalid: number; screenPopsDropped: number } {
  if (!Array.isArray(raw)) return { valid: [], invalid: raw === undefined ? 0 : 1, screenPopsDropped: 0 }
  const valid: unknown[] = []
  let screenPopsDropped = 0
  for (const item of raw) {
    const parsed = accountSchema.safeParse(item)
    if (parsed.success) valid.push(parsed.data)
    else {
      // A screen-pop template edited by hand into something refused loses the screen pop, not the account.
      const withoutPop =
        isRecord(item) && 'screenPop' in item ? accountSchema.safeParse({ ...item, screenPop: null }) : undefined
      if (withoutPop?.success) {
        valid.push(withoutPop.data)
        screenPopsDropped += 1
      }
    }
  }
  return { valid, invalid: raw.length - valid.length, screenPopsDropped }
}

function isRecord(value: unknown): value is RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
