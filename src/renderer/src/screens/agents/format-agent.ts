import type { TFunction } from 'i18next'

import type { AlohubAgentView, RecordingMark } from '../../../../shared/domain/alohub-views'
import { currentLocale } from '../../i18n/i18n'

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString()

/** What the app honestly knows of an agent's recording: what it set itself, and when. */
export function describeRecording(mark: RecordingMark | undefined, t: TFunction<'agents'>, now = new Date()): string {
  if (!mark) return t('recording.unknown')
  const at = new Date(mark.at)
  const locale = currentLocale()
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
  const when = sameDay(at, now) ? time : `${at.toLocaleDateString(locale, { dateStyle: 'medium' })} ${time}`
  return t(mark.enabled ? 'recording.lastSetOn' : 'recording.lastSetOff', { when })
}

/** Queue names from AloHub's label, "1001226-test,1000886-sales": the only place it names queues. */
export function queueNames(agent: AlohubAgentView): Map<number, string> {
  const names = new Map<number, string>()
  for (const part of (agent.callinQueueLabel ?? '').split(',')) {
    const match = /^\s*(\d+)-(.+?)\s*$/.exec(part)
    if (match?.[1] && match[2]) names.set(Number(match[1]), match[2])
  }
  return names
}

/** Whether the agent matches what the user typed (extension or name, any case, accents ignored). */
export function matchesSearch(agent: AlohubAgentView, search: string): boolean {
  const wanted = fold(search.trim())
  if (!wanted) return true
  return fold(agent.agentId).includes(wanted) || fold(agent.userName ?? '').includes(wanted)
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()

/** The queues seen on loaded agents, with their names where AloHub gave one, for filters and bulk actions. */
export function knownQueues(
  agents: ReadonlyArray<AlohubAgentView>,
): ReadonlyArray<{ id: number; name: string | null }> {
  const queues = new Map<number, string | null>()
  for (const agent of agents) {
    const names = queueNames(agent)
    for (const id of agent.callinQueueIds) if (!queues.get(id)) queues.set(id, names.get(id) ?? null)
  }
  return [...queues].map(([id, name]) => ({ id, name })).sort((a, b) => a.id - b.id)
}

/** "1001226 · test", or the id alone. */
export const queueLabel = (queue: { id: number; name: string | null }) =>
  queue.name ? `${queue.id} · ${queue.name}` : String(queue.id)
