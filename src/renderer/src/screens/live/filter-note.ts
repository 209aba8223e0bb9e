import type { AccountView } from '../../../../shared/domain/accounts'

/** Whom the monitored accounts notify: supervisors (by the filter), agents (their own extension), or both. */
export type RoleMix = 'supervisor' | 'agent' | 'mixed'

/** The mix of roles among the monitored accounts; supervisor while the accounts are still loading. */
export function roleMix(
  accounts: ReadonlyArray<Pick<AccountView, 'id' | 'role'>> | undefined,
  monitored: ReadonlyArray<string>,
): RoleMix {
  const kinds = new Set((accounts ?? []).filter((account) => monitored.includes(account.id)).map((a) => a.role.kind))
  if (kinds.has('agent') && kinds.has('supervisor')) return 'mixed'
  return kinds.has('agent') ? 'agent' : 'supervisor'
}

/**
 * What the filter does, worded for the roles monitored: an agent account is told of calls to its
 * own extension whatever the filter says, so "Supervisor accounts notify you of every call" must
 * not be all an agent reads.
 */
export function filterNoteKey(
  mix: RoleMix,
  open: boolean,
): 'filter.open' | 'filter.narrowed' | 'filter.agentOnly' | 'filter.mixedOpen' {
  if (mix === 'agent') return 'filter.agentOnly'
  if (!open) return 'filter.narrowed'
  return mix === 'mixed' ? 'filter.mixedOpen' : 'filter.open'
}
