import { Plus } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { MAX_ADDRESSES, voipbinAddressTypes } from '../../../../../shared/domain/voipbin-forms'
import { useMessageText } from '../../../components/problem-text'

import { emptyRow, type AddressRow, type RowProblems } from './address-rows'
import { isEditableType } from './format-voipbin'

const placeholders: Readonly<Record<string, string>> = {
  tel: '+15559876543',
  extension: '2001',
  sip: 'user@sip.voipbin.net',
  email: 'name@example.com',
}

/** The id of a row's field, for labels, messages and moving focus. */
export const fieldId = (prefix: string, row: AddressRow, field: 'type' | 'target' | 'name') =>
  `${prefix}-${row.key}-${field}`

/**
 * Rows of type, target and optional name, with add and remove. Each target is checked as the
 * user types (once the row is touched, at once for rows read from VoIPbin, all rows after a save
 * was tried); the message sits under the field, which points to it.
 */
export function AddressFields({
  idPrefix,
  caption,
  rows,
  problems,
  listProblem,
  showAll,
  empty,
  onChange,
}: {
  idPrefix: string
  caption: string
  rows: ReadonlyArray<AddressRow>
  problems: ReadonlyArray<RowProblems>
  listProblem: string | undefined
  showAll: boolean
  /** What an empty list means here. */
  empty: string
  onChange: (rows: AddressRow[]) => void
}) {
  const { t } = useTranslation('voipbin')
  const problemText = useMessageText()
  // Focus follows the user's action once React has drawn it: a new row's type, or the row after a removed one.
  const focusNext = useRef<string>(undefined)
  useEffect(() => {
    if (!focusNext.current) return
    document.getElementById(focusNext.current)?.focus()
    focusNext.current = undefined
  })

  const update = (index: number, change: Partial<Pick<AddressRow, 'type' | 'target' | 'name'>>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change, touched: true } : row)))
  const remove = (index: number) => {
    const after = rows[index + 1] ?? rows[index - 1]
    focusNext.current = after ? fieldId(idPrefix, after, 'type') : `${idPrefix}-add`
    onChange(rows.filter((_row, at) => at !== index))
  }
  const add = () => {
    const row = emptyRow()
    focusNext.current = fieldId(idPrefix, row, 'type')
    onChange([...rows, row])
  }

  return (
    <div className="vb-addresses">
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="data-table vb-address-table" aria-label={caption}>
          <thead>
            <tr>
              <th scope="col">{t('fields.type')}</th>
              <th scope="col">{t('fields.address')}</th>
              <th scope="col">{t('fields.nameOptional')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('fields.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const problem = problems[index] ?? {}
              const shown = showAll || row.touched || row.fromVoipbin
              const typeProblem = problem.type && problemText(problem.type)
              const targetProblem = shown && problem.target ? problemText(problem.target) : undefined
              const nameProblem = shown && problem.name ? problemText(problem.name) : undefined
              const number = index + 1
              const ids = {
                type: fieldId(idPrefix, row, 'type'),
                target: fieldId(idPrefix, row, 'target'),
                name: fieldId(idPrefix, row, 'name'),
              }
              return (
                <tr key={row.key} className={typeProblem || targetProblem ? 'vb-row-invalid' : undefined}>
                  <td>
                    <label className="visually-hidden" htmlFor={ids.type}>
                      {t('fields.typeOf', { number })}
                    </label>
                    <select
                      id={ids.type}
                      value={row.type}
                      aria-invalid={typeProblem !== undefined}
                      aria-describedby={typeProblem ? `${ids.type}-error` : undefined}
                      onChange={(event) => update(index, { type: event.target.value })}
                    >
                      {!isEditableType(row.type) && (
                        <option value={row.type} disabled>
                          {t('fields.cannotSave', { type: row.type || t('fields.noType') })}
                        </option>
                      )}
                      {voipbinAddressTypes.map((type) => (
                        <option key={type} value={type}>
                          {t(`addressType.${type}`)}
                        </option>
                      ))}
                    </select>
                    {typeProblem && (
                      <p className="field-error" id={`${ids.type}-error`}>
                        {typeProblem}
                      </p>
                    )}
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={ids.target}>
                      {t('fields.addressNumber', { number })}
                    </label>
                    <input
                      id={ids.target}
                      className="mono"
                      value={row.target}
                      placeholder={placeholders[row.type] ?? ''}
                      autoComplete="off"
                      spellCheck={false}
                      aria-invalid={targetProblem !== undefined}
                      aria-describedby={targetProblem ? `${ids.target}-error` : undefined}
                      onChange={(event) => update(index, { target: event.target.value })}
                    />
                    {targetProblem && (
                      <p className="field-error" id={`${ids.target}-error`}>
                        {targetProblem}
                      </p>
                    )}
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={ids.name}>
                      {t('fields.nameOf', { number })}
                    </label>
                    <input
                      id={ids.name}
                      value={row.name}
                      autoComplete="off"
                      aria-invalid={nameProblem !== undefined}
                      aria-describedby={nameProblem ? `${ids.name}-error` : undefined}
                      onChange={(event) => update(index, { name: event.target.value })}
                    />
                    {nameProblem && (
                      <p className="field-error" id={`${ids.name}-error`}>
                        {nameProblem}
                      </p>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button small"
                      aria-label={
                        row.target
                          ? t('fields.removeNumberTarget', { number, target: row.target })
                          : t('fields.removeNumber', { number })
                      }
                      onClick={() => remove(index)}
                    >
                      {t('fields.remove')}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {listProblem && <p className="field-error">{problemText(listProblem)}</p>}
      <button
        type="button"
        id={`${idPrefix}-add`}
        className="button small"
        disabled={rows.length >= MAX_ADDRESSES}
        onClick={add}
      >
        <Plus aria-hidden size={14} /> {t('fields.add')}
      </button>
    </div>
  )
}
