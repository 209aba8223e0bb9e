import { createApp } from './app/create-app'
import { systemClock } from './core/clock'
import { claimSingleInstance, createAppLogger, startElectronPlatform } from './platform/electron-app'
import { createKeytarSecretStore } from './secrets/keytar-secret-store'

/** The composition root of the Electron app: platform adapters in, services wired once. */
async function main(): Promise<void> {
  if (!claimSingleInstance()) return
  const logger = createAppLogger()
  const platform = await startElectronPlatform(logger)
  const core = createApp({ ...platform, secrets: createKeytarSecretStore(), clock: systemClock, logger })
  platform.attach(core)
}

void main()
