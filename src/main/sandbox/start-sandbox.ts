import type { ProviderId } from '../../shared/domain/providers'
import { createAgentHubApp, type AgentHubApp } from '../providers/agenthub/sandbox/agenthub-app'
import { createAlohubApp, type AlohubApp } from '../providers/alohub/sandbox/alohub-app'
import { createAvatarApp } from '../providers/avatar/sandbox/avatar-app'
import { createTel4vnApp, type Tel4vnApp } from '../providers/tel4vn/sandbox/tel4vn-app'
import { createVoipbinApp, type VoipbinApp, type VoipbinAuthMode } from '../providers/voipbin/sandbox/voipbin-app'

import { createCallSimulator, type CallSimulator } from './call-simulator'
import { createSandboxCredentials, type SandboxCredentials } from './credentials'
import { serveProviderApp, type ServedApp } from './sandbox-http'

/** How big and busy the sandbox is. */
export interface SandboxOptions {
  readonly seed?: number
  /** AloHub agents, up to 10,000. */
  readonly alohubAgents?: number
  /** AloHub's rate limits per 10 s window (default: tenant 100, route 50). */
  readonly alohubLimits?: { readonly tenant: number; readonly route: number }
  readonly callsPerMinute?: number
  /** Run the call simulator on real time (the demo); tests step it themselves. */
  readonly liveTraffic?: boolean
  /** Tel4vn also serves the key exchange of its public docs (the document shows only the token). */
  readonly tel4vnKeyExchange?: boolean
  readonly now?: () => number
  /** Where the VoIPbin sandbox reads the token (default `document`: `?token=` or the token cookie). */
  readonly voipbinAuth?: VoipbinAuthMode
  /** AgentHub names its permissions after its APIs, as AgentDesk assumes (off: the document's names). */
  readonly agenthubPermissionsNamedAfterApis?: boolean
}

/** All five providers on loopback, with their credentials, apps and the call simulator. */
export interface Sandbox {
  readonly credentials: SandboxCredentials
  readonly served: Readonly<Record<ProviderId, ServedApp>>
  /** Base URLs as an account would hold them (VoIPbin's includes /v1.0). */
  readonly baseUrls: Readonly<Record<ProviderId, string>>
  readonly apps: { alohub: AlohubApp; tel4vn: Tel4vnApp; voipbin: VoipbinApp; agenthub: AgentHubApp }
  readonly simulator: CallSimulator
  close(): Promise<void>
}

/** Starts the sandbox: one loopback server per provider, seeded data, simulated calls. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? 20261124
  const now = options.now ?? Date.now
  const credentials = createSandboxCredentials()
  const alohub = createAlohubApp({
    seed,
    apiKey: credentials.alohub.apiKey,
    unscopedKey: credentials.alohub.unscopedKey,
    tenantId: credentials.alohub.tenantId,
    agentCount: Math.min(10_000, options.alohubAgents ?? 120),
    ...(options.alohubLimits ? { limits: options.alohubLimits } : {}),
    now,
  })
  // One call centre seen through two providers: Tel4vn's extensions are AloHub's agent ids,
  // so a supervisor's queue filter (AloHub queues) can place Tel4vn calls.
  const { token, ...keys } = credentials.tel4vn
  const tel4vn = createTel4vnApp({
    seed,
    token,
    ...(options.tel4vnKeyExchange ? { keyExchange: keys } : {}),
    extensionNumbers: alohub
      .agents()
      .slice(0, 24)
      .map((agent) => agent.agentId),
    now,
  })
  const voipbin = createVoipbinApp({
    seed,
    accessKey: credentials.voipbin.accessKey,
    signingKey: credentials.voipbin.signingKey,
    customerId: credentials.voipbin.customerId,
    ...(options.voipbinAuth ? { auth: options.voipbinAuth } : {}),
    now,
  })
  const avatar = createAvatarApp({ seed, ...credentials.avatar, now })
  const agenthub = createAgentHubApp({
    seed,
    ...credentials.agenthub,
    ...(options.agenthubPermissionsNamedAfterApis ? { permissionsNamedAfterApis: true } : {}),
    now,
  })
  const entries = await Promise.all(
    ([alohub, tel4vn, voipbin, avatar, agenthub] as const).map(
      async (app) => [app.provider, await serveProviderApp(app)] as const,
    ),
  )
  const served = Object.fromEntries(entries) as Record<ProviderId, ServedApp>
  const simulator = createCallSimulator({
    seed,
    callsPerMinute: options.callsPerMinute ?? 4,
    startAt: now(),
    tel4vn,
    voipbin,
    alohub,
  })
  if (options.liveTraffic) simulator.start()
  return {
    credentials,
    served,
    baseUrls: {
      alohub: served.alohub.origin,
      tel4vn: served.tel4vn.origin,
      voipbin: `${served.voipbin.origin}/v1.0`,
      avatar: served.avatar.origin,
      agenthub: served.agenthub.origin,
    },
    apps: { alohub, tel4vn, voipbin, agenthub },
    simulator,
    async close() {
      simulator.stop()
      await Promise.all(Object.values(served).map((app) => app.close()))
    },
  }
}
