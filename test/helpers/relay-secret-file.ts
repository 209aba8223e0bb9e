import { join } from 'node:path'

import { relaySecretIn } from '../../src/relay/cli/relay-secret'
import { fileCredentials } from '../../src/relay/credentials/file-credentials'

/** The relay's own NATS password where `--credentials file` keeps it: the 0600 credentials.json. */
export const relaySecretInFile = (stateDir: string) =>
  relaySecretIn(fileCredentials(join(stateDir, 'credentials.json')))
