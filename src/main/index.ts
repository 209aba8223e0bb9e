import { createApp } from './app/create-app'
import { systemClock } from './core/clock'
import { createKnownSecrets } from './core/known-secrets'
import { claimSingleInstance, createAppLogger, startCrashReports, startElectronPlatform } from './platform/electron-app'
import { createKeytarSecretStore } from './secrets/keytar-secret-store'

/** The composition root of the Electron app: platform adapters in, services wired once. */
async function main(): Promise<void> {
  if (!claimSingleInstance()) return
  startCrashReports()
  // One set for the log's redaction and the keychain's wrapper in createApp: a key read is hidden from then on.
  const knownSecrets = createKnownSecrets()
  const logger = createAppLogger(knownSecrets)
  const platform = await startElectronPlatform(logger)
  const core = createApp({
    ...platform,
    secrets: createKeytarSecretStore(),
    knownSecrets,
    clock: systemClock,
    logger,
  })
  platform.attach(core)
}

void main()
