import type { z } from 'zod'

import {
  accountDraftSchema,
  accountViewSchema,
  type AccountDraft,
  type AccountView,
} from '../../../shared/domain/accounts'
import {
  agentHubSessionSchema,
  executionViewSchema,
  overrideViewSchema,
  toolViewSchema,
  type AgentHubSession,
} from '../../../shared/domain/agenthub-views'
import {
  alohubAgentViewSchema,
  bulkJobSchema,
  type AlohubAgentView,
  type BulkJob,
} from '../../../shared/domain/alohub-views'
import { avatarAgentViewSchema, type AvatarAgentView } from '../../../shared/domain/avatar-views'
import {
  alertSchema,
  liveCallSchema,
  monitorStatusSchema,
  type Alert,
  type LiveCall,
  type MonitorStatus,
} from '../../../shared/domain/live'
import {
  liveSnapshotSchema,
  liveUpdateSchema,
  type LiveSnapshot,
  type LiveUpdate,
} from '../../../shared/domain/live-update'
import type { ProviderId } from '../../../shared/domain/providers'
import { queueFiguresSchema, type QueueFigures } from '../../../shared/domain/queue-figures'
import { defaultQueueThresholds } from '../../../shared/domain/queue-thresholds'
import { preferencesSchema, type Preferences } from '../../../shared/domain/settings'
import { voipbinAgentViewSchema, type VoipbinAgentView } from '../../../shared/domain/voipbin-views'
import { defaultWorkingHours } from '../../../shared/domain/working-hours'

/**
 * Data as the services would send it, each built through its contract schema: a fixture that
 * the contract would refuse fails where it is made, not in a puzzling way later.
 */

/** Account ids are UUIDs in the contract; these are fixed so tests can name them. */
export const ids = {
  alohub: '0b6f3d2e-7a41-4c3e-9d5a-2f1e8c7b6a50',
  tel4vn: '1c7a4e3f-8b52-4d4f-8e6b-3a2f9d8c7b61',
  voipbin: '2d8b5f4a-9c63-4e5a-9f7c-4b3a0e9d8c72',
  avatar: '3e9c6a5b-ad74-4f6b-a08d-5c4b1f0e9d83',
  agenthub: '4fad7b6c-be85-4a7c-b19e-6d5c2a1f0e94',
} as const

const build =
  <S extends z.ZodType>(schema: S, defaults: z.input<S>) =>
  (overrides: Partial<z.input<S>> = {}): z.output<S> =>
    schema.parse({ ...(defaults as object), ...overrides })

/** An account as a form sends it: AloHub at its production address, a supervisor's, polled, not relayed. */
export const accountDraft: (overrides?: Partial<AccountDraft>) => AccountDraft = build(accountDraftSchema, {
  provider: 'alohub',
  label: 'Sài Gòn sales',
  baseUrl: 'https://xapi.alohub.vn',
  tenantId: null,
  role: { kind: 'supervisor' },
  polling: { enabled: true, intervalSeconds: null },
  relay: null,
})

export const accountView: (overrides?: Partial<AccountView>) => AccountView = build(accountViewSchema, {
  ...accountDraft(),
  id: ids.alohub,
  createdAt: '2026-03-01T08:00:00.000Z',
  hasSecret: true,
  demo: false,
})

/** Each provider's account as the tests know it: its fixed id, a label, and an address it could have. */
const usualAccounts = {
  alohub: { label: 'Sài Gòn sales', baseUrl: 'https://xapi.alohub.vn' },
  tel4vn: { label: 'Hà Nội support', baseUrl: 'https://tel4vn.example.vn' },
  voipbin: { label: 'VoIPbin desk', baseUrl: 'https://api.voipbin.net/v1.0' },
  avatar: { label: 'Avatars', baseUrl: 'https://avatars.example.vn' },
  agenthub: { label: 'Bots', baseUrl: 'https://agenthub.example.vn' },
} as const satisfies Record<ProviderId, Pick<AccountView, 'label' | 'baseUrl'>>

/** An account of one provider; the tests that need one differ in little else than the label or the way in. */
export const accountOf = (provider: ProviderId, overrides: Partial<AccountView> = {}): AccountView =>
  accountView({ id: ids[provider], provider, ...usualAccounts[provider], ...overrides })

export const monitorStatus: (overrides?: Partial<MonitorStatus>) => MonitorStatus = build(monitorStatusSchema, {
  accountId: ids.tel4vn,
  accountLabel: 'Hà Nội support',
  provider: 'tel4vn',
  state: 'ok',
  problem: null,
  lastSuccessAt: '2026-03-10T09:00:00.000Z',
  push: null,
  blindSince: null,
  pushReason: null,
  pollSeconds: 2,
})

export const liveCall: (overrides?: Partial<LiveCall>) => LiveCall = build(liveCallSchema, {
  callId: 'call-1',
  state: 'ringing',
  direction: 'inbound',
  extension: '082018',
  agentName: 'Trần Thị Lan',
  username: 'lan.tran',
  userId: 'u-1',
  destination: '02873001234',
  startedAt: null,
  domainName: null,
  accountId: ids.tel4vn,
  accountLabel: 'Hà Nội support',
  queueIds: null,
  concerned: true,
  seenAt: new Date().toISOString(),
})

/** An AloHub callin queue's tile: quiet, two agents logged in. */
export const queueFigures: (overrides?: Partial<QueueFigures>) => QueueFigures = build(queueFiguresSchema, {
  key: 'queue:1001226',
  kind: 'queue',
  label: '1001226-test',
  accountIds: [ids.alohub],
  ringing: 0,
  onCalls: 0,
  longestRingingSeconds: null,
  agentsLoggedIn: 2,
  agentsAvailable: 1,
  agentsByStatus: null,
  level: 'normal',
})

/** The board as `live.getState` answers it: with its version (1 unless a test says otherwise). */
export const liveState: (overrides?: Partial<LiveSnapshot>) => LiveSnapshot = build(liveSnapshotSchema, {
  version: 1,
  filter: { direction: 'any', agents: [], queues: [] },
  queues: [],
  calls: [],
  monitors: [],
  presence: [],
  agentCounts: [],
  figures: [],
})

/** One step of the board as main sends it: from version 1 to 2, changing nothing unless told. */
export const liveUpdate: (overrides?: Partial<LiveUpdate>) => LiveUpdate = build(liveUpdateSchema, {
  version: 2,
  base: 1,
  added: [],
  changed: [],
  removed: [],
  parts: {},
})

export const alert: (overrides?: Partial<Alert>) => Alert = build(alertSchema, {
  id: 'alert-1',
  kind: 'missed',
  accountId: ids.tel4vn,
  accountLabel: 'Hà Nội support',
  subject: '111 (Liam Wilson)',
  detail: null,
  calledNumber: null,
  at: '2026-03-10T09:12:00.000Z',
  notified: true,
})

export const alohubAgent: (overrides?: Partial<AlohubAgentView>) => AlohubAgentView = build(alohubAgentViewSchema, {
  agentId: '082018',
  tenantId: '20260310',
  userName: 'dung.pham',
  active: true,
  callinQueueIds: [1001226],
  callinQueueLabel: '1001226-test',
  calloutQueueId: null,
  calloutQueueName: null,
  priority: null,
  systemStatus: 'AVAILABLE',
  userStatus: 'LOGIN',
  followMe: null,
})

export const bulkJob: (overrides?: Partial<BulkJob>) => BulkJob = build(bulkJobSchema, {
  id: 'job-1',
  accountId: ids.alohub,
  action: { kind: 'addQueue', queueId: 1001226 },
  agentIds: ['082018', '082019'],
  results: [],
  state: 'running',
  waitingUntil: null,
  problem: null,
  startedAt: '2026-03-10T09:00:00.000Z',
  finishedAt: null,
})

export const voipbinAgent: (overrides?: Partial<VoipbinAgentView>) => VoipbinAgentView = build(voipbinAgentViewSchema, {
  id: 'agent-lan',
  customerId: 'cust-1',
  username: 'lan.tran',
  name: 'Trần Thị Lan',
  detail: '',
  ringMethod: 'ringall',
  status: 'available',
  permission: 16,
  tagIds: [],
  addresses: [{ type: 'tel', target: '+84901234567' }],
  directHash: null,
  createdAt: null,
  updatedAt: null,
})

export const override = build(overrideViewSchema, {
  id: 'ovr-1',
  agentName: 'bookingAgent',
  provider: 'openai',
  model: 'gpt-4o',
  systemPrompt: 'Be brief.',
  temperature: 0.4,
  maxTokens: 800,
  responseFormat: 'text',
  selectedTools: ['lookupBooking'],
  guardrails: null,
  enabled: true,
  updatedBy: 'mai@example.com',
  recordVersion: 3,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-09T08:00:00.000Z',
  isActive: true,
})

export const tool = build(toolViewSchema, {
  id: 'tool-1',
  toolName: 'lookupBooking',
  serviceName: 'bookings',
  description: 'Finds a booking by its code',
  parameters: { type: 'object', properties: { code: { type: 'string' } } },
  lastRefreshed: null,
})

export const execution = build(executionViewSchema, {
  id: 'exec-1',
  agentName: 'bookingAgent',
  agentType: 'chat',
  source: 'web',
  userId: 'user-7',
  input: { question: 'Where is my booking?' },
  output: { answer: 'On its way.' },
  toolCalls: 2,
  tokenUsage: { prompt: 100, completion: 50, total: 150 },
  durationMs: 1500,
  status: 'success',
  error: null,
  createdAt: '2026-03-10T09:00:00.000Z',
})

const everything = { view: true, create: true, update: true, delete: true, viewExecutions: true }

export const session: (overrides?: Partial<AgentHubSession>) => AgentHubSession = build(agentHubSessionSchema, {
  user: { userId: 'u-1', email: 'mai@example.com', fullname: 'Nguyễn Mai', roleId: 'admin', tenantId: 't-1' },
  abilities: everything,
  denials: {},
  permissions: [],
})

export const avatarAgent: (overrides?: Partial<AvatarAgentView>) => AvatarAgentView = build(avatarAgentViewSchema, {
  agentId: 7,
  name: 'Linh Receptionist',
  avatarId: 3,
  avatarName: 'Linh',
  hasPicture: false,
  language: 'vi',
  status: 'active',
  customGreeting: null,
  createdAt: null,
  updatedAt: null,
  lastUsedAt: null,
  totalSessions: 1200,
  avgDurationSeconds: 95,
  voiceId: null,
})

/** The preferences a fresh install has (English, system theme, working hours off). */
export const storedPreferences: (overrides?: Partial<Preferences>) => Preferences = build(preferencesSchema, {
  theme: 'system',
  language: 'en',
  closeToTray: true,
  startMinimized: false,
  startAtLogin: false,
  workingHours: defaultWorkingHours,
  queueThresholds: defaultQueueThresholds,
})
