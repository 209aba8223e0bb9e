import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'

import { parseRelayConfig } from '../config/relay-config'
import { RelayUserError } from '../config/relay-error'
import { statePaths } from '../config/state-dir'
import { providerSecretName, type RelayCredentials } from '../credentials/relay-credentials'

/**
 * `trial --tenant <id> --tel4vn <url>`: a trial in one command. Writes relay.json when there is
 * none (checked by the same schema as one written by hand) and asks for the Tel4vn token when it
 * is not stored yet, from stdin as `credentials set` does. An existing relay.json is never changed.
 */
export async function prepareTrial(options: {
  readonly stateDir: string
  readonly tenant: string | undefined
  readonly tel4vnUrl: string | undefined
  readonly credentials: () => Promise<RelayCredentials>
  readonly read: (what: string) => Promise<string>
  readonly out: (line: string) => void
}): Promise<void> {
  if (options.tenant === undefined && options.tel4vnUrl === undefined) return
  if (options.tenant === undefined || options.tel4vnUrl === undefined) {
    throw new RelayUserError('A trial in one command needs both --tenant <id> and --tel4vn <base URL>')
  }
  const path = statePaths(options.stateDir).config
  if (existsSync(path)) {
    throw new RelayUserError(`${path} exists already: run the trial without --tenant and --tel4vn, or edit it`)
  }
  const text = `${JSON.stringify(
    {
      tenants: [{ id: options.tenant, deskFallback: false, tel4vn: { baseUrl: options.tel4vnUrl, signIn: 'token' } }],
    },
    null,
    2,
  )}\n`
  parseRelayConfig(text, '--tenant/--tel4vn')
  const credentials = await options.credentials()
  const name = providerSecretName(options.tenant, 'tel4vn')
  if ((await credentials.get(name)) === undefined) {
    await credentials.set(name, await options.read(`Tel4vn token of ${options.tenant}`))
  }
  await writeFile(path, text, { mode: 0o600 })
  options.out(`Wrote ${path} (tenant ${options.tenant}); the token is in ${credentials.where}.`)
}
