import type { RelayedProvider } from '../../main/relay-protocol/relay-names'

/**
 * Where the relay keeps what it must not show anyone: the providers' keys of each tenant and its
 * own NATS password. Values are read on demand and never logged, put in an error or in a URL.
 */
export interface RelayCredentials {
  /** Where they are, for the admin: "the OS keychain" or the file's path. Never a value. */
  readonly where: string
  get(name: string): Promise<string | undefined>
  set(name: string, secret: string): Promise<void>
  delete(name: string): Promise<boolean>
}

/** The providers a tenant's credentials are for: the relayed ones and AloHub (queue figures). */
export type CredentialProvider = RelayedProvider | 'alohub'
export const credentialProviders: ReadonlyArray<CredentialProvider> = ['tel4vn', 'alohub']

/** The name a tenant's provider key is filed under. */
export const providerSecretName = (tenant: string, provider: CredentialProvider): string => `${tenant}/${provider}`

/** The name the relay's own NATS password is filed under (the users command writes it too). */
export const natsPasswordName = (user: string): string => `nats/${user}`

/** The keychain service the relay files its secrets under, apart from the desktop app's. */
export const RELAY_KEYCHAIN_SERVICE = 'AgentDesk Relay'
