import type { TFunction } from 'i18next'

import {
  addressesSchema,
  addressIdentity,
  addressProblem,
  MAX_ADDRESS_NAME,
  type AddressForm,
  type AddressInput,
} from '../../../../../shared/domain/voipbin-forms'
import type { VoipbinAddressView } from '../../../../../shared/domain/voipbin-views'
import { problemMessage } from '../../../../../shared/i18n/problem'

import { describeAddress, isEditableType, typeLabel } from './format-voipbin'

/** One address as the editor holds it while the user types. */
export interface AddressRow {
  /** Stable across edits: React's key and the base of the row's element ids. */
  readonly key: number
  readonly type: string
  readonly target: string
  readonly name: string
  /** Fields the editor does not show, kept as VoIPbin holds them so that saving does not drop them. */
  readonly targetName?: string
  readonly detail?: string
  /** Read from VoIPbin rather than typed here: whatever is wrong with it shows at once. */
  readonly fromVoipbin: boolean
  /** Typed into: its problems show as the user types. */
  readonly touched: boolean
}

/** What is wrong with each field of a row; `type` and `target` may both be set. */
export interface RowProblems {
  readonly type?: string
  readonly target?: string
  readonly name?: string
}

let lastKey = 0
const nextKey = () => (lastKey += 1)

export const emptyRow = (): AddressRow => ({
  key: nextKey(),
  type: 'tel',
  target: '',
  name: '',
  fromVoipbin: false,
  touched: false,
})

export function rowsFrom(addresses: ReadonlyArray<VoipbinAddressView>): AddressRow[] {
  return addresses.map((address) => ({
    key: nextKey(),
    type: address.type,
    target: address.target,
    name: address.name ?? '',
    ...(address.targetName ? { targetName: address.targetName } : {}),
    ...(address.detail ? { detail: address.detail } : {}),
    fromVoipbin: true,
    touched: true,
  }))
}

/** The row as an address to check and send: trimmed, empty fields left out. */
export function toAddress(row: AddressRow): AddressInput {
  const name = row.name.trim()
  return {
    type: row.type as AddressInput['type'],
    target: row.target.trim(),
    ...(name ? { name } : {}),
    ...(row.targetName ? { targetName: row.targetName } : {}),
    ...(row.detail ? { detail: row.detail } : {}),
  }
}

/** Everything wrong with a list of rows, per row and for the list, and the list to send when nothing is. */
export interface RowsCheck {
  readonly problems: ReadonlyArray<RowProblems>
  readonly listProblem?: string
  readonly valid: AddressForm[] | undefined
}

/**
 * Checks the rows as main will (addressesSchema, strictly) and in the same words as the form's
 * as-you-type checks: a type AgentDesk cannot save, a target wrong for its type, one listed twice.
 * Its own messages are in the current language; the shared checks' are problem codes (see
 * problemText).
 */
export function checkRows(rows: ReadonlyArray<AddressRow>, t: TFunction<'voipbin'>): RowsCheck {
  const seen = new Set<string>()
  const problems: RowProblems[] = rows.map((row) => {
    if (!isEditableType(row.type)) {
      return { type: t('rows.unsavableType', { type: typeLabel(row.type, t) }) }
    }
    const target = addressProblem(row.type, row.target)
    const identity = addressIdentity({ type: row.type, target: row.target.trim() })
    const twice =
      !target && seen.has(identity) ? t('rows.twice', { address: describeAddress(toAddress(row), t) }) : undefined
    seen.add(identity)
    const name =
      row.name.trim().length > MAX_ADDRESS_NAME
        ? problemMessage('voipbin:problems.atMost', { field: 'addressName', max: MAX_ADDRESS_NAME })
        : undefined
    const targetProblem = target ?? twice
    return { ...(targetProblem ? { target: targetProblem } : {}), ...(name ? { name } : {}) }
  })
  const parsed = addressesSchema.safeParse(rows.map(toAddress))
  let listProblem: string | undefined
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index, field] = issue.path
      if (typeof index !== 'number') {
        listProblem ??= issue.message
        continue
      }
      const row = problems[index]
      if (!row) continue
      // Whatever the checks above did not already name lands under the field it concerns.
      const slot = field === 'type' ? 'type' : field === 'name' ? 'name' : 'target'
      if (!row[slot]) problems[index] = { ...row, [slot]: issue.message }
    }
  }
  const clean = problems.every((row) => !row.type && !row.target && !row.name) && listProblem === undefined
  return { problems, ...(listProblem ? { listProblem } : {}), valid: clean && parsed.success ? parsed.data : undefined }
}

/** What saving the rows over `base` adds (with the row's index), removes and renames; rows without a target do not count. */
export function rowChanges(base: ReadonlyArray<VoipbinAddressView>, rows: ReadonlyArray<AddressRow>) {
  const desired = rows
    .map((row, index) => ({ address: toAddress(row), index }))
    .filter(({ address }) => address.target !== '')
  const baseIds = new Map(base.map((address) => [addressIdentity(address), address]))
  const desiredIds = new Set(desired.map(({ address }) => addressIdentity(address)))
  return {
    added: desired.filter(({ address }) => !baseIds.has(addressIdentity(address))),
    removed: base.filter((address) => !desiredIds.has(addressIdentity(address))),
    renamed: desired
      .map(({ address }) => address)
      .filter((address) => {
        const before = baseIds.get(addressIdentity(address))
        return before !== undefined && (before.name ?? '') !== (address.name ?? '')
      }),
  }
}
