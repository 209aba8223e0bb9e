import { X } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { newAgentSchema, ringMethods, voipbinPermissions } from '../../../../../shared/domain/voipbin-forms'
import type { VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { useClient } from '../../../ipc/client-context'

import { checkRows, toAddress, type AddressRow, type RowProblems } from './address-rows'
import { AddressFields, fieldId } from './AddressFields'
import { problemText } from './problem-text'

type Field = 'username' | 'password' | 'name' | 'detail' | 'ringMethod' | 'permission'
type FieldErrors = Partial<Record<Field, string>>

interface Values {
  readonly username: string
  readonly name: string
  readonly detail: string
  readonly ringMethod: string
  readonly permission: string
}

const blank: Values = { username: '', name: '', detail: '', ringMethod: 'ringall', permission: '16' }
const fields: ReadonlyArray<Field> = ['username', 'password', 'name', 'detail', 'ringMethod', 'permission']

/**
 * A new VoIPbin agent. The password is write-only: its field is not bound to React state (so it
 * never lands in a DOM attribute), it is sent once, cleared only after VoIPbin took it, and
 * never shown again. After the first try to create, every keystroke is checked with the same
 * schema main checks with; on failure, everything typed stays.
 */
export function CreateAgentForm({
  accountId,
  onCreated,
  onClose,
}: {
  accountId: string
  onCreated: (agent: VoipbinAgentView) => void
  onClose: () => void
}) {
  const client = useClient()
  const { t } = useTranslation('voipbin')
  const idPrefix = useId()
  const id = (field: Field) => `${idPrefix}-${field}`
  const [values, setValues] = useState<Values>(blank)
  const [rows, setRows] = useState<AddressRow[]>([])
  const [tried, setTried] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [addressProblems, setAddressProblems] = useState<ReadonlyArray<RowProblems>>([])
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const password = useRef<HTMLInputElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const live = checkRows(rows, t)

  useEffect(() => heading.current?.focus(), [])

  /** Checks everything with newAgentSchema; the messages never repeat the password. */
  const validate = (next: Values, nextRows: ReadonlyArray<AddressRow>) => {
    const parsed = newAgentSchema.safeParse({
      username: next.username,
      password: password.current?.value ?? '',
      ...(next.name.trim() ? { name: next.name } : {}),
      ...(next.detail.trim() ? { detail: next.detail } : {}),
      ringMethod: next.ringMethod,
      permission: Number(next.permission),
      addresses: nextRows.map(toAddress),
    })
    const found: FieldErrors = {}
    const rowProblems: RowProblems[] = nextRows.map(() => ({}))
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [field, index, part] = issue.path
        if (field === 'addresses' && typeof index === 'number') {
          const slot = part === 'type' ? 'type' : part === 'name' ? 'name' : 'target'
          rowProblems[index] = { [slot]: issue.message, ...rowProblems[index] }
        } else if (typeof field === 'string' && (fields as ReadonlyArray<string>).includes(field)) {
          found[field as Field] ??= issue.message
        }
      }
    }
    setErrors(found)
    setAddressProblems(rowProblems)
    return parsed
  }

  const change = (field: keyof Values, value: string) => {
    const next = { ...values, [field]: value }
    setValues(next)
    if (tried) validate(next, rows)
  }
  const changeRows = (next: AddressRow[]) => {
    setRows(next)
    if (tried) validate(values, next)
  }

  const submit = async () => {
    setTried(true)
    const parsed = validate(values, rows)
    if (!parsed.success || !live.valid) {
      const first = fields.find((field) => parsed.error?.issues.some((issue) => issue.path[0] === field))
      if (first) document.getElementById(id(first))?.focus()
      else {
        const index = live.problems.findIndex((problem) => problem.type || problem.target || problem.name)
        const row = rows[index]
        if (row) document.getElementById(fieldId(`${idPrefix}-address`, row, 'target'))?.focus()
      }
      return
    }
    setBusy(true)
    setFailure(undefined)
    try {
      const agent = await client.call('voipbin.createAgent', { accountId, agent: parsed.data })
      // Only now, with VoIPbin holding it, does the password leave the form.
      if (password.current) password.current.value = ''
      setValues(blank)
      setRows([])
      setTried(false)
      onCreated(agent)
    } catch (caught) {
      setFailure(caught)
    } finally {
      setBusy(false)
    }
  }

  const described = (field: Field, hint?: string) => {
    const ids = [hint, errors[field] ? `${id(field)}-error` : undefined].filter(Boolean).join(' ')
    return { 'aria-invalid': errors[field] !== undefined, ...(ids ? { 'aria-describedby': ids } : {}) }
  }
  const problemOf = (field: Field) =>
    errors[field] && (
      <p className="field-error" id={`${id(field)}-error`}>
        {problemText(errors[field], t)}
      </p>
    )
  // Addresses: the as-you-type checks, then whatever the schema found beyond them.
  const rowProblems = live.problems.map((problem, index) => ({ ...(addressProblems[index] ?? {}), ...problem }))

  return (
    <section className="card vb-create" aria-labelledby={`${idPrefix}-title`}>
      <div className="section-head">
        <h2 id={`${idPrefix}-title`} ref={heading} tabIndex={-1}>
          {t('create.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('create.close')} onClick={onClose}>
          <X aria-hidden size={18} />
        </button>
      </div>
      <form
        aria-label={t('create.title')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!busy) void submit()
        }}
      >
        <div className="form-grid">
          <label htmlFor={id('username')}>{t('create.username')}</label>
          <div>
            <input
              id={id('username')}
              value={values.username}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('create.usernamePlaceholder')}
              {...described('username')}
              onChange={(event) => change('username', event.target.value)}
            />
            {problemOf('username')}
          </div>

          <label htmlFor={id('password')}>{t('create.password')}</label>
          <div>
            <input
              id={id('password')}
              ref={password}
              type="password"
              autoComplete="new-password"
              {...described('password', `${id('password')}-hint`)}
              onChange={() => {
                if (tried) validate(values, rows)
              }}
            />
            <small className="muted" id={`${id('password')}-hint`}>
              {t('create.passwordHint')}
            </small>
            {problemOf('password')}
          </div>

          <label htmlFor={id('name')}>{t('create.name')}</label>
          <div>
            <input
              id={id('name')}
              value={values.name}
              autoComplete="off"
              placeholder={t('create.namePlaceholder')}
              {...described('name')}
              onChange={(event) => change('name', event.target.value)}
            />
            {problemOf('name')}
          </div>

          <label htmlFor={id('detail')}>{t('create.detail')}</label>
          <div>
            <textarea
              id={id('detail')}
              rows={2}
              value={values.detail}
              placeholder={t('create.optional')}
              {...described('detail')}
              onChange={(event) => change('detail', event.target.value)}
            />
            {problemOf('detail')}
          </div>

          <label htmlFor={id('ringMethod')}>{t('create.ringMethod')}</label>
          <div>
            <select
              id={id('ringMethod')}
              value={values.ringMethod}
              {...described('ringMethod')}
              onChange={(event) => change('ringMethod', event.target.value)}
            >
              {ringMethods.map((method) => (
                <option key={method} value={method}>
                  {t(`ringMethod.${method}`)}
                </option>
              ))}
            </select>
            {problemOf('ringMethod')}
          </div>

          <label htmlFor={id('permission')}>{t('create.permission')}</label>
          <div>
            <select
              id={id('permission')}
              value={values.permission}
              {...described('permission')}
              onChange={(event) => change('permission', event.target.value)}
            >
              {voipbinPermissions.map((permission) => (
                <option key={permission} value={String(permission)}>
                  {t(`permission.${permission}`)}
                </option>
              ))}
            </select>
            {problemOf('permission')}
          </div>

          <span className="form-label">{t('create.addresses')}</span>
          <div>
            <AddressFields
              idPrefix={`${idPrefix}-address`}
              caption={t('create.addressesCaption')}
              rows={rows}
              problems={rowProblems}
              listProblem={live.listProblem}
              showAll={tried}
              empty={t('create.addressesEmpty')}
              onChange={changeRows}
            />
          </div>
        </div>
        <div className="form-actions button-row vb-actions">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? t('create.creating') : t('create.create')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('create.cancel')}
          </button>
        </div>
        {failure !== undefined && <ErrorNotice error={failure} />}
      </form>
    </section>
  )
}
