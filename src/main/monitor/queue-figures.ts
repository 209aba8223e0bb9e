import type { LiveCall } from '../../shared/domain/live'
import type { ProviderId } from '../../shared/domain/providers'
import type { QueueFigures } from '../../shared/domain/queue-figures'
import { levelOf, levelsFor, type QueueThresholds } from '../../shared/domain/queue-thresholds'

import type { QueueMembership } from './watchers/watcher'

/** An account as the figures name it. */
export interface FiguresAccount {
  readonly id: string
  readonly label: string
}

/** What the board already holds, as the figures read it (nothing here is asked of a provider). */
export interface FiguresInput {
  /** Every call on the board (not only the ones that concern the user: a tile is about the group). */
  readonly calls: ReadonlyArray<LiveCall>
  /** The monitored accounts and their provider, in the board's order. */
  readonly accounts: ReadonlyArray<FiguresAccount & { readonly provider: ProviderId }>
  /** Per AloHub account, who sits in which callin queue and whether they are logged in and available. */
  readonly memberships: ReadonlyArray<{
    readonly account: FiguresAccount
    readonly members: Iterable<QueueMembership>
  }>
  /** Per VoIPbin account, its agents per status as last reported; absent before the first poll. */
  readonly agentStatuses: ReadonlyMap<string, Readonly<Record<string, number>>>
  /** Per Tel4vn account, the domains its calls have named so far, so a quiet domain keeps its tile. */
  readonly domains: ReadonlyMap<string, ReadonlySet<string>>
  readonly thresholds: QueueThresholds
  /** The label of an AloHub queue that AloHub gives none for ("Queue 1001226", in the user's language). */
  readonly queueLabel: (id: number) => string
  /** Now, in ms since the epoch. */
  readonly now: number
}

/** One group being counted. */
interface Tally {
  readonly accountIds: Set<string>
  /** The account last added: a group's calls come account by account, so most adds are skipped. */
  lastAccount: string | undefined
  ringing: number
  onCalls: number
  /** The earliest first-seen-ringing time among its ringing calls (ms); null when none rings. */
  ringingSince: number | null
}

const newTally = (): Tally => ({
  accountIds: new Set(),
  lastAccount: undefined,
  ringing: 0,
  onCalls: 0,
  ringingSince: null,
})

/**
 * Date.parse of a call's first-seen time, the last one remembered: the calls first seen in one
 * poll share that poll's time, so a board of 5,000 calls parses a handful of times, not 5,000.
 */
function parsedTimes(): (iso: string) => number {
  let lastIso: string | undefined
  let lastMs = NaN
  return (iso) => {
    if (iso !== lastIso) {
      lastIso = iso
      lastMs = Date.parse(iso)
    }
    return lastMs
  }
}

function count(tally: Tally, call: LiveCall, parse: (iso: string) => number): void {
  if (tally.lastAccount !== call.accountId) {
    tally.accountIds.add(call.accountId)
    tally.lastAccount = call.accountId
  }
  if (call.state === 'on_call') {
    tally.onCalls += 1
    return
  }
  tally.ringing += 1
  const since = parse(call.seenAt)
  if (!Number.isNaN(since) && (tally.ringingSince === null || since < tally.ringingSince)) tally.ringingSince = since
}

/**
 * Seconds since the poll (or push) that first saw the call ring: the call may have rung up to
 * one interval before, so this is an estimate, never more than the truth.
 */
const longestSeconds = (tally: Tally, now: number) =>
  tally.ringingSince === null ? null : Math.max(0, Math.floor((now - tally.ringingSince) / 1000))

/**
 * The supervisor board's figures, from what the watchers already reported:
 *
 * - **AloHub callin queue** (`queue:<id>`): the calls of the extensions AloHub places in the queue
 *   (a call's `queueIds`, so a call whose agent sits in two queues counts in both: AloHub says
 *   who sits where, not which queue a call came through); agents logged in and available from
 *   AloHub's `userStatus` and `systemStatus` of the queue's members (an extension listed by two
 *   AloHub accounts counts once).
 * - **Tel4vn domain** (`domain:<account>:<domain_name>`): the account's calls by `domain_name`.
 *   Agents are not counted: every row the document shows is a call (RINGING or ONCALL), so an
 *   agent logged in without a call is not in the answer. A call without `domain_name` counts
 *   under the account's own label (key `domain:<account>:`).
 * - **VoIPbin account** (`account:<id>`): its agents ringing (the board's rings) and per
 *   `status` as VoIPbin names them; available is the "available" status (the one in which
 *   VoIPbin offers the next call). VoIPbin has no calls in progress nor a logged-in state:
 *   on calls is not reported and logged in is null.
 *
 * Each group's `level` comes from its thresholds (its own, else the default).
 */
export function computeQueueFigures(input: FiguresInput): QueueFigures[] {
  const providerOf = new Map(input.accounts.map((account) => [account.id, account.provider]))
  const labelOf = new Map(input.accounts.map((account) => [account.id, account.label]))

  // Queues: who sits where, each extension once.
  const queueLabels = new Map<number, string | null>()
  const queueAccounts = new Map<number, Set<string>>()
  const queueMembers = new Map<number, QueueMembership[]>()
  const placed = new Set<string>()
  for (const { account, members } of input.memberships) {
    for (const member of members) {
      const first = !placed.has(member.extension)
      placed.add(member.extension)
      for (const id of member.queueIds) {
        queueLabels.set(id, queueLabels.get(id) ?? (member.label || null))
        queueAccounts.set(id, (queueAccounts.get(id) ?? new Set()).add(account.id))
        if (!first) continue
        let list = queueMembers.get(id)
        if (!list) queueMembers.set(id, (list = []))
        list.push(member)
      }
    }
  }

  const queues = new Map<number, Tally>()
  const domains = new Map<string, { tally: Tally; accountId: string; domain: string }>()
  const accounts = new Map<string, Tally>()
  // Per account then domain: no key is joined for each of the board's calls.
  const domainTallies = new Map<string, Map<string, Tally>>()
  const domainTally = (accountId: string, domain: string) => {
    let ofAccount = domainTallies.get(accountId)
    if (!ofAccount) domainTallies.set(accountId, (ofAccount = new Map()))
    let tally = ofAccount.get(domain)
    if (!tally) {
      tally = newTally()
      tally.accountIds.add(accountId)
      ofAccount.set(domain, tally)
      domains.set(`domain:${accountId}:${domain}`, { tally, accountId, domain })
    }
    return tally
  }
  for (const account of input.accounts) {
    if (account.provider === 'voipbin') accounts.set(account.id, withAccount(account.id))
    if (account.provider === 'tel4vn')
      for (const domain of input.domains.get(account.id) ?? []) domainTally(account.id, domain)
  }
  for (const id of queueLabels.keys()) queues.set(id, newTally())

  const parse = parsedTimes()
  for (const call of input.calls) {
    if (call.queueIds) {
      for (const id of call.queueIds) {
        let tally = queues.get(id)
        if (!tally) queues.set(id, (tally = newTally()))
        count(tally, call, parse)
      }
    }
    const provider = providerOf.get(call.accountId)
    if (provider === 'tel4vn') count(domainTally(call.accountId, call.domainName ?? ''), call, parse)
    if (provider === 'voipbin') {
      let tally = accounts.get(call.accountId)
      if (!tally) accounts.set(call.accountId, (tally = withAccount(call.accountId)))
      count(tally, call, parse)
    }
  }

  const leveled = (figures: Omit<QueueFigures, 'level'>): QueueFigures => ({
    ...figures,
    level: levelOf(figures, levelsFor(input.thresholds, figures.key)),
  })
  const queueFigures = [...queues]
    .sort(([a], [b]) => a - b)
    .map(([id, tally]) => {
      const members = queueMembers.get(id) ?? []
      for (const accountId of queueAccounts.get(id) ?? []) tally.accountIds.add(accountId)
      return leveled({
        key: `queue:${id}`,
        kind: 'queue',
        label: queueLabels.get(id) ?? input.queueLabel(id),
        accountIds: [...tally.accountIds].sort(),
        ringing: tally.ringing,
        onCalls: tally.onCalls,
        longestRingingSeconds: longestSeconds(tally, input.now),
        agentsLoggedIn: known(members, (member) => member.loggedIn),
        agentsAvailable: known(members, (member) => member.available),
        agentsByStatus: null,
      })
    })
  const domainFigures = [...domains]
    .map(([key, { tally, accountId, domain }]) =>
      leveled({
        key,
        kind: 'domain',
        label: domain || (labelOf.get(accountId) ?? accountId),
        accountIds: [...tally.accountIds].sort(),
        ringing: tally.ringing,
        onCalls: tally.onCalls,
        longestRingingSeconds: longestSeconds(tally, input.now),
        agentsLoggedIn: null,
        agentsAvailable: null,
        agentsByStatus: null,
      }),
    )
    .sort(byLabel)
  const accountFigures = [...accounts]
    .map(([accountId, tally]) => {
      const statuses = input.agentStatuses.get(accountId)
      return leveled({
        key: `account:${accountId}`,
        kind: 'account',
        label: labelOf.get(accountId) ?? accountId,
        accountIds: [accountId],
        ringing: tally.ringing,
        onCalls: 0,
        onCallsReported: false,
        longestRingingSeconds: longestSeconds(tally, input.now),
        agentsLoggedIn: null,
        agentsAvailable: statuses ? (statuses.available ?? 0) : null,
        agentsByStatus: statuses ? { ...statuses } : {},
      })
    })
    .sort(byLabel)
  return [...queueFigures, ...domainFigures, ...accountFigures]

  function withAccount(accountId: string): Tally {
    const tally = newTally()
    tally.accountIds.add(accountId)
    return tally
  }
}

/** How many members the statement holds for; null when AloHub said it of none of them. */
function known(members: ReadonlyArray<QueueMembership>, said: (member: QueueMembership) => boolean | null) {
  let stated = 0
  let yes = 0
  for (const member of members) {
    const value = said(member)
    if (value === null) continue
    stated += 1
    if (value) yes += 1
  }
  return stated === 0 ? null : yes
}

const byLabel = (a: QueueFigures, b: QueueFigures) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key)
