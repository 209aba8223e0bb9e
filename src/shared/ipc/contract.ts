import { z } from 'zod'

import {
  accountDraftSchema,
  accountViewSchema,
  connectionTestResultSchema,
  secretInputSchema,
} from '../domain/accounts'
import {
  agentHubRequests,
  agentHubSessionSchema,
  executionPageSchema,
  executionViewSchema,
  overridePageSchema,
  overrideSaveSchema,
  overrideViewSchema,
  toolViewSchema,
} from '../domain/agenthub-views'
import { callinQueueSaveRequestSchema, callinQueueSaveSchema } from '../domain/alohub-queues'
import { alohubAgentPageSchema, alohubRequests, bulkJobSchema, recordingMarkSchema } from '../domain/alohub-views'
import { avatarAgentViewSchema, avatarPictureSchema, avatarRequests } from '../domain/avatar-views'
import { diagnosticsOutcomeSchema } from '../domain/diagnostics'
import { csvExportSchema, exportOutcomeSchema } from '../domain/exports'
import { alertSchema } from '../domain/live'
import { liveFilterSchema } from '../domain/live-filter'
import { liveSnapshotSchema } from '../domain/live-update'
import { liveUpdateEventSchema } from '../domain/live-update-check'
import {
  desktopNotificationSchema,
  macAlertStyleSchema,
  notificationPauseSchema,
  pauseDurationSchema,
} from '../domain/notifications'
import { proxyAuthAnswerSchema, proxyAuthRequestSchema } from '../domain/proxy'
import { queueTrendsSchema } from '../domain/queue-trends'
import { ringSettingsSchema, ringStateSchema, toneChoiceSchema, toneSourceSchema } from '../domain/ring'
import { screenIdSchema } from '../domain/screens'
import { preferencesSchema } from '../domain/settings'
import { trayViewSchema } from '../domain/tray'
import { updateChannelSchema, updateViewSchema } from '../domain/updates'
import {
  addressSaveSchema,
  regeneratedHashSchema,
  voipbinAgentPageSchema,
  voipbinAgentViewSchema,
  voipbinRequests,
} from '../domain/voipbin-views'
import { interruptionSchema } from '../domain/write-check'

/**
 * The one IPC contract. Main's handlers, the preload bridge and the renderer's client all
 * take their types from here, so a change to an operation is a change in one place.
 */

const noInput = z.object({}).strict()

/** Pairs the schema of an operation's request with the schema of its response. */
function operation<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) {
  return { request, response } as const
}

export const appInfoSchema = z.object({
  productName: z.string(),
  version: z.string(),
  platform: z.string(),
  transport: z.enum(['electron', 'browser-harness']),
})
export type AppInfo = z.infer<typeof appInfoSchema>

/** Whether the demo workspace (the built-in sandbox as five accounts) runs. */
export const demoStateSchema = z.object({ active: z.boolean(), starting: z.boolean() })

/** Every request the renderer can make, by name. */
export const ipcOperations = {
  'app.getInfo': operation(noInput, appInfoSchema),
  'app.ping': operation(
    z.object({ message: z.string().min(1).max(200) }).strict(),
    z.object({ message: z.string(), receivedAt: z.iso.datetime() }),
  ),
  'preferences.get': operation(noInput, preferencesSchema),
  'preferences.update': operation(
    preferencesSchema
      .partial()
      .strict()
      .refine((patch) => Object.keys(patch).length > 0, 'Name at least one preference to change'),
    preferencesSchema,
  ),
  'notifications.getPause': operation(noInput, notificationPauseSchema),
  'notifications.pause': operation(z.object({ duration: pauseDurationSchema }).strict(), notificationPauseSchema),
  /** Pauses until a time the user chose; main refuses a time past or more than a week ahead. */
  'notifications.pauseUntil': operation(z.object({ until: z.iso.datetime() }).strict(), notificationPauseSchema),
  'notifications.resume': operation(noInput, notificationPauseSchema),
  /** macOS only: whether its Notification Center shows AgentDesk's alerts as Alerts (they stay). */
  'notifications.macAlertStyle': operation(noInput, z.object({ style: macAlertStyleSchema })),
  'notifications.sendTest': operation(noInput, desktopNotificationSchema),
  /** What clicking a notification does; the browser harness's in-page notifications call it. */
  'notifications.activate': operation(
    z.object({ id: z.string().min(1).max(500) }).strict(),
    z.object({ activated: z.boolean() }),
  ),
  'links.openExternal': operation(
    z.object({ url: z.string().max(2048) }).strict(),
    z.object({ opened: z.literal(true) }),
  ),
  'accounts.list': operation(noInput, z.array(accountViewSchema)),
  'accounts.create': operation(
    z
      .object({ draft: accountDraftSchema, secret: secretInputSchema, relayPassword: secretInputSchema.optional() })
      .strict(),
    accountViewSchema,
  ),
  'accounts.update': operation(
    z
      .object({
        id: z.uuid(),
        draft: accountDraftSchema,
        secret: secretInputSchema.optional(),
        // The team relay's NATS password (Tel4vn accounts): to the keychain, like the key.
        relayPassword: secretInputSchema.optional(),
      })
      .strict(),
    accountViewSchema,
  ),
  'accounts.remove': operation(z.object({ id: z.uuid() }).strict(), z.object({ removed: z.literal(true) })),
  'accounts.test': operation(
    z
      .object({ draft: accountDraftSchema, secret: secretInputSchema.optional(), accountId: z.uuid().optional() })
      .strict(),
    connectionTestResultSchema,
  ),
  'accounts.export': operation(noInput, z.object({ fileName: z.string(), json: z.string() })),
  'accounts.import': operation(
    z.object({ text: z.string().max(60_000, 'That file is too large for an accounts file') }).strict(),
    z.object({ added: z.number().int(), skipped: z.number().int() }),
  ),
  /** The proxy sign-ins main is waiting for (a window opened after the ask still shows it). */
  'proxy.pendingAuth': operation(noInput, z.array(proxyAuthRequestSchema)),
  /** The user's answer to a proxy sign-in; without credentials it is Cancel. */
  'proxy.answerAuth': operation(proxyAuthAnswerSchema, z.object({ answered: z.boolean() })),
  'demo.getState': operation(noInput, demoStateSchema),
  'demo.start': operation(noInput, demoStateSchema),
  'demo.stop': operation(noInput, demoStateSchema),
  /** The whole board with its version: the first read, and the resync after a missed update. */
  'live.getState': operation(noInput, liveSnapshotSchema),
  'live.setFilter': operation(z.object({ filter: liveFilterSchema }).strict(), liveSnapshotSchema),
  /** The last hour per queue, domain and account; the Live screen asks again each minute while it shows. */
  'live.getTrends': operation(noInput, queueTrendsSchema),
  /** Keep the trends across restarts (a file beside the settings), or keep them in memory only. */
  'live.keepTrends': operation(z.object({ keep: z.boolean() }).strict(), queueTrendsSchema),
  'agenthub.session': operation(agentHubRequests.session, agentHubSessionSchema),
  'agenthub.recheck': operation(agentHubRequests.recheck, agentHubSessionSchema),
  'agenthub.listOverrides': operation(agentHubRequests.listOverrides, overridePageSchema),
  'agenthub.createOverride': operation(agentHubRequests.createOverride, overrideViewSchema),
  'agenthub.updateOverride': operation(agentHubRequests.updateOverride, overrideSaveSchema),
  'agenthub.deleteOverride': operation(agentHubRequests.deleteOverride, overrideViewSchema),
  'agenthub.listTools': operation(agentHubRequests.listTools, z.array(toolViewSchema)),
  'agenthub.listExecutions': operation(agentHubRequests.listExecutions, executionPageSchema),
  'agenthub.getExecution': operation(agentHubRequests.getExecution, executionViewSchema),
  'avatar.listAgents': operation(avatarRequests.listAgents, z.array(avatarAgentViewSchema)),
  'avatar.picture': operation(avatarRequests.picture, avatarPictureSchema),
  'alohub.listAgents': operation(alohubRequests.listAgents, alohubAgentPageSchema),
  'alohub.saveCallinQueues': operation(callinQueueSaveRequestSchema, callinQueueSaveSchema),
  'alohub.setCalloutQueue': operation(alohubRequests.setCalloutQueue, z.object({ saved: z.literal(true) })),
  'alohub.setRecording': operation(
    alohubRequests.setRecording,
    // interrupted: the answer was lost and the same setting, sent again, was accepted.
    recordingMarkSchema.extend({ interrupted: interruptionSchema.optional() }),
  ),
  'alohub.recordingMarks': operation(alohubRequests.recordingMarks, z.record(z.string(), recordingMarkSchema)),
  'alohub.startBulk': operation(alohubRequests.startBulk, bulkJobSchema),
  'alohub.cancelBulk': operation(alohubRequests.bulkJob, bulkJobSchema),
  'alohub.resumeBulk': operation(alohubRequests.bulkJob, bulkJobSchema),
  'alohub.latestBulk': operation(alohubRequests.latestBulk, bulkJobSchema.nullable()),
  'voipbin.listAgents': operation(voipbinRequests.listAgents, voipbinAgentPageSchema),
  'voipbin.createAgent': operation(voipbinRequests.createAgent, voipbinAgentViewSchema),
  'voipbin.setStatus': operation(voipbinRequests.setStatus, voipbinAgentViewSchema),
  'voipbin.saveAddresses': operation(voipbinRequests.saveAddresses, addressSaveSchema),
  'voipbin.regenerateHash': operation(voipbinRequests.regenerateHash, regeneratedHashSchema),
  'alerts.list': operation(noInput, z.array(alertSchema)),
  'alerts.clear': operation(noInput, z.object({ cleared: z.literal(true) })),
  /** The user sees the alert history: its missed calls stop counting in the tray. */
  'alerts.markSeen': operation(noInput, z.object({ marked: z.number().int().min(0) })),
  /** Saves the alert history, or its missed calls, as a CSV file where the user chooses. */
  'alerts.exportCsv': operation(z.object({ what: csvExportSchema }).strict(), exportOutcomeSchema),
  /** One zip for support (logs, crash dumps, settings without secrets, versions, OS, health), saved where the user chooses. */
  'diagnostics.save': operation(noInput, diagnosticsOutcomeSchema),
  'ring.getState': operation(noInput, ringStateSchema),
  /** Silences one ring (or all, without an id) and closes its notification. */
  'ring.dismiss': operation(z.object({ callId: z.string().min(1).max(500).optional() }).strict(), ringStateSchema),
  /** Brings the call into view on the Live screen; the ring is then dismissed (seen). */
  'ring.open': operation(z.object({ callId: z.string().min(1).max(500) }).strict(), ringStateSchema),
  'ring.getSettings': operation(noInput, ringSettingsSchema),
  'ring.updateSettings': operation(
    ringSettingsSchema
      .omit({ customTonePath: true })
      .partial()
      .strict()
      .refine((patch) => Object.keys(patch).length > 0),
    ringSettingsSchema,
  ),
  /** Opens the system's file picker for the user's own tone; the path is kept, the file is not copied. */
  'ring.chooseCustomTone': operation(noInput, ringSettingsSchema),
  'ring.tone': operation(z.object({ tone: toneChoiceSchema.exclude(['none']) }).strict(), toneSourceSchema),
  'updates.getState': operation(noInput, updateViewSchema),
  /** Settings' "Check now"; nothing happens while a check or download runs or updates are off. */
  'updates.checkNow': operation(noInput, updateViewSchema),
  /** Ignored when IT's policy fixed the channel (the view says it is locked). */
  'updates.setChannel': operation(z.object({ channel: updateChannelSchema }).strict(), updateViewSchema),
  /** "Restart to update": quits and installs the downloaded update; false when none is ready. */
  'updates.restart': operation(noInput, z.object({ restarting: z.boolean() })),
} as const

/**
 * The reads a screen may stop waiting for: when the renderer cancels one (Cancel, leaving the
 * screen, the account changing), main aborts its requests to the provider and the call answers
 * `cancelled`. Writes are never here: a write cut off midway may still be applied by the
 * provider, so it always runs to its end (and a lost answer is read again, confirmed-write.ts).
 */
export const cancellableOperations: ReadonlySet<OperationName> = new Set<OperationName>([
  'alohub.listAgents',
  'voipbin.listAgents',
  'avatar.listAgents',
  'agenthub.session',
  'agenthub.listOverrides',
  'agenthub.listTools',
  'agenthub.listExecutions',
  'agenthub.getExecution',
])

/** Every message the main process pushes to the renderer, by name. */
export const ipcEvents = {
  'tray.viewChanged': trayViewSchema,
  'notifications.pauseChanged': notificationPauseSchema,
  'notifications.shown': desktopNotificationSchema,
  /** `focus` names what to bring into view: a call id or an alert id. */
  'navigation.requested': z.object({ screen: screenIdSchema, focus: z.string().max(500).optional() }),
  'accounts.changed': z.array(accountViewSchema),
  /**
   * One saved account's settings or key changed, or it was removed, after main replaced its
   * client: open screens read again what they showed of it (identity, role, lists).
   */
  'accounts.accountChanged': z.object({ accountId: z.uuid(), change: z.enum(['settings', 'key', 'removed']) }),
  'demo.changed': demoStateSchema,
  /** A proxy asked for credentials (407): the window shows the proxy sign-in. */
  'proxy.authRequested': proxyAuthRequestSchema,
  /** What changed on the board since version `base` (live-update.ts); a gap is resynced by live.getState. */
  'live.changed': liveUpdateEventSchema,
  'alerts.changed': z.array(alertSchema),
  'ring.changed': ringStateSchema,
  'ring.settingsChanged': ringSettingsSchema,
  /** The app took a notification away (its call stopped ringing); the harness's in-page one goes too. */
  'notifications.closed': z.object({ id: z.string().max(500) }),
  /** A bulk change's progress (at most a few times a second) and every change of its state. */
  'alohub.bulkChanged': bulkJobSchema,
  /** Each change of the update state (checking, n %, ready, error) or of its channel. */
  'updates.changed': updateViewSchema,
} as const

export type OperationName = keyof typeof ipcOperations
export type EventName = keyof typeof ipcEvents

/** What the renderer sends for an operation (before defaults are applied). */
export type RequestOf<N extends OperationName> = z.input<(typeof ipcOperations)[N]['request']>
/** What a handler receives for an operation, after validation. */
export type ValidRequestOf<N extends OperationName> = z.output<(typeof ipcOperations)[N]['request']>
/** What an operation resolves to. */
export type ResponseOf<N extends OperationName> = z.output<(typeof ipcOperations)[N]['response']>
/** The payload of a main-to-renderer event. */
export type EventPayloadOf<E extends EventName> = z.output<(typeof ipcEvents)[E]>

export const operationNames = Object.keys(ipcOperations) as ReadonlyArray<OperationName>
export const eventNames = Object.keys(ipcEvents) as ReadonlyArray<EventName>

/** Narrows an untrusted string to an operation name. */
export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && Object.hasOwn(ipcOperations, value)
}

/** Narrows an untrusted string to an event name. */
export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(ipcEvents, value)
}
