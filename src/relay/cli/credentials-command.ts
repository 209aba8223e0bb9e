import { TENANT_ID_PATTERN } from '../../main/relay-protocol/relay-names'
import { RelayUserError } from '../config/relay-error'
import {
  credentialProviders,
  natsPasswordName,
  providerSecretName,
  type CredentialProvider,
  type RelayCredentials,
} from '../credentials/relay-credentials'

import { readSecret } from './read-secret'

export const CREDENTIALS_USAGE = `  credentials set <tenant> <tel4vn|alohub>   store a tenant's provider key (read from stdin)
  credentials set-nats <user>                store the relay's own NATS password (read from stdin)
  credentials delete <tenant> <tel4vn|alohub>`

/** `credentials set|set-nats|delete …`: what it stored, and where, without the value. */
export async function credentialsCommand(
  args: ReadonlyArray<string>,
  credentials: () => Promise<RelayCredentials>,
  out: (line: string) => void,
  read: (what: string) => Promise<string> = readSecret,
): Promise<void> {
  const [action, first, second, ...rest] = args
  if (rest.length > 0) throw new RelayUserError(`Too many arguments: ${rest.join(' ')}\n${CREDENTIALS_USAGE}`)
  if (action === 'set' || action === 'delete') {
    const tenant = checkedTenant(first)
    const provider = checkedProvider(second)
    const name = providerSecretName(tenant, provider)
    const store = await credentials()
    if (action === 'delete') {
      out(
        (await store.delete(name))
          ? `Deleted the ${provider} key of ${tenant} from ${store.where}.`
          : `${tenant} had no ${provider} key in ${store.where}.`,
      )
      return
    }
    await store.set(name, await read(`The ${provider} key of tenant ${tenant}`))
    out(`Stored the ${provider} key of ${tenant} in ${store.where}.`)
    return
  }
  if (action === 'set-nats') {
    if (!first || second !== undefined)
      throw new RelayUserError(`Name the relay's NATS user once.\n${CREDENTIALS_USAGE}`)
    const store = await credentials()
    await store.set(natsPasswordName(first), await read(`The NATS password of user ${first}`))
    out(`Stored the NATS password of ${first} in ${store.where}.`)
    return
  }
  throw new RelayUserError(`Not a credentials command: ${action ?? '(none)'}\n${CREDENTIALS_USAGE}`)
}

function checkedTenant(tenant: string | undefined): string {
  if (!tenant || !TENANT_ID_PATTERN.test(tenant)) {
    throw new RelayUserError(
      `Not a tenant id: ${JSON.stringify(tenant ?? '')} (lower-case letters, digits, "_" or "-")`,
    )
  }
  return tenant
}

function checkedProvider(provider: string | undefined): CredentialProvider {
  const found = credentialProviders.find((candidate) => candidate === provider)
  if (!found)
    throw new RelayUserError(`Not a provider the relay uses: ${JSON.stringify(provider ?? '')} (tel4vn or alohub)`)
  return found
}
