import type { AccountView } from '../../shared/domain/accounts'
import { providerIds, providerNames, type ProviderId } from '../../shared/domain/providers'
import { startSandbox, type Sandbox } from '../sandbox/start-sandbox'

/** The built-in sandbox dressed as five accounts; nothing of it touches the keychain or settings. */
/** How big the demo's call centre is (tests show a 10,000-agent AloHub tenant). */
export interface DemoSize {
  readonly alohubAgents?: number
}

export interface DemoWorkspace {
  readonly accounts: ReadonlyArray<AccountView>
  readonly sandbox: Sandbox
  secretOf(accountId: string): string | undefined
  close(): Promise<void>
}

/** Fixed ids, so a screen showing a demo account keeps it across a restart of the demo. */
const demoIds: Readonly<Record<ProviderId, string>> = {
  alohub: 'de000000-0000-4000-8000-000000000001',
  tel4vn: 'de000000-0000-4000-8000-000000000002',
  voipbin: 'de000000-0000-4000-8000-000000000003',
  avatar: 'de000000-0000-4000-8000-000000000004',
  agenthub: 'de000000-0000-4000-8000-000000000005',
}

/** Starts the sandbox with live call traffic and describes one account per provider on it. */
export async function startDemoWorkspace(now: () => Date, size: DemoSize = {}): Promise<DemoWorkspace> {
  const sandbox = await startSandbox({ liveTraffic: true, callsPerMinute: 3, ...size })
  const { credentials } = sandbox
  const secrets: Readonly<Record<ProviderId, string>> = {
    alohub: credentials.alohub.apiKey,
    // The ready token, as Tel4vn's document shows it: the demo needs no key exchange.
    tel4vn: credentials.tel4vn.token,
    // A login token: it names the customer, so VoIPbin push opens (an access key would not).
    voipbin: credentials.voipbin.token,
    avatar: credentials.avatar.apiKey,
    agenthub: credentials.agenthub.token,
  }
  const createdAt = now().toISOString()
  const accounts: AccountView[] = providerIds.map((provider) => ({
    id: demoIds[provider],
    provider,
    label: `Demo ${providerNames[provider]}`,
    baseUrl: sandbox.baseUrls[provider],
    tenantId: provider === 'alohub' ? String(credentials.alohub.tenantId) : null,
    ...(provider === 'tel4vn' ? { tel4vnSignIn: 'token' as const } : {}),
    role: { kind: 'supervisor' },
    polling: { enabled: true, intervalSeconds: null },
    createdAt,
    hasSecret: true,
    demo: true,
  }))
  const byId = new Map(providerIds.map((provider) => [demoIds[provider], secrets[provider]]))
  return {
    accounts,
    sandbox,
    secretOf: (accountId) => byId.get(accountId),
    close: () => sandbox.close(),
  }
}

/** True for the ids of demo accounts. */
export function isDemoAccountId(id: string): boolean {
  return Object.values(demoIds).includes(id)
}
