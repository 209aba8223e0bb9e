import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { checkRows, type AddressRow } from './address-rows'
import { fieldId } from './AddressFields'

/**
 * The address rows a form edits (the address editor, a new agent), checked on every render as
 * main will check them. `fields` wires AddressFields; `focusFirstProblem` moves the focus to the
 * first field that needs fixing.
 */
export function useAddressRows(idPrefix: string, initial: () => AddressRow[]) {
  const { t } = useTranslation('voipbin')
  const [rows, setRows] = useState<AddressRow[]>(initial)
  const check = checkRows(rows, t)
  const focusFirstProblem = () => {
    const index = check.problems.findIndex((problem) => problem.type || problem.target || problem.name)
    const row = rows[index]
    const problem = check.problems[index]
    if (!row || !problem) return
    const field = problem.type ? 'type' : problem.target ? 'target' : 'name'
    document.getElementById(fieldId(idPrefix, row, field))?.focus()
  }
  const fields = { idPrefix, rows, problems: check.problems, listProblem: check.listProblem, onChange: setRows }
  return { rows, check, setRows, focusFirstProblem, fields }
}
