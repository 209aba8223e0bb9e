import type { UpdateFailure } from '../../shared/domain/updates'

const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
])
const BAD_FEED_CODES = new Set([
  'ERR_UPDATER_INVALID_UPDATE_INFO',
  'ERR_UPDATER_INVALID_VERSION',
  'ERR_UPDATER_NO_FILES_PROVIDED',
  'ERR_UPDATER_NO_CHECKSUM',
  'ERR_UPDATER_ASSET_NOT_FOUND',
])
const INTEGRITY_CODES = new Set(['ERR_CHECKSUM_MISMATCH', 'ERR_UPDATER_INVALID_SIGNATURE'])

/**
 * What an updater failure means for the user, from electron-updater's error codes (builder-util-runtime's
 * `newError` codes, Node's socket codes, Chromium's net::ERR_ messages from Electron's net module).
 */
export function classifyUpdateError(error: unknown): UpdateFailure {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND') return 'feedMissing'
  if (typeof code === 'string' && BAD_FEED_CODES.has(code)) return 'badFeed'
  if (typeof code === 'string' && INTEGRITY_CODES.has(code)) return 'integrity'
  if (
    (typeof code === 'string' && OFFLINE_CODES.has(code)) ||
    /net::ERR_(INTERNET|NAME|CONNECTION|TIMED|ADDRESS|NETWORK|PROXY)/.test(message)
  )
    return 'offline'
  if (/checksum mismatch|not signed/i.test(message)) return 'integrity'
  return 'failed'
}
