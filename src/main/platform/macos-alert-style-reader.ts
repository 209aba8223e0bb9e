import { execFile } from 'node:child_process'

import type { MacAlertStyle } from '../../shared/domain/notifications'
import { macAlertStyleOf } from '../notifications/macos-alert-style'

/** Runs a program and answers what it wrote; injected so the reader is tested without macOS. */
export type RunProgram = (file: string, args: ReadonlyArray<string>) => Promise<string>

/**
 * Reads how macOS shows the app's notifications from `defaults export com.apple.ncprefs -`. Asked
 * each time Settings asks (the user may have just changed it in System Settings); any failure (no
 * `defaults`, a sandbox that forbids it, a file macOS moved) is 'unknown', never an error.
 */
export function createMacAlertStyleReader(run: RunProgram, bundleId: string): () => Promise<MacAlertStyle> {
  return async () => {
    try {
      return macAlertStyleOf(await run('/usr/bin/defaults', ['export', 'com.apple.ncprefs', '-']), bundleId)
    } catch {
      return macAlertStyleOf(null, bundleId)
    }
  }
}

/** The real runner: a few seconds at most, and a cap on what it may print. */
export const runProgram: RunProgram = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: 5_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    )
  })
