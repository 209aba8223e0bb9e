import { useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'

import {
  alternativeBaseUrls,
  defaultBaseUrls,
  secretLabels,
  type AccountView,
  type ConnectionTestResult,
} from '../../../../shared/domain/accounts'
import { providerIds, providerNames, type ProviderId } from '../../../../shared/domain/providers'
import { ErrorNotice } from '../../components/ErrorNotice'
import { fieldWiring } from '../../components/field-wiring'
import { useClient } from '../../ipc/client-context'

import {
  accountFormResolver,
  draftFromForm,
  emptyForm,
  formFromAccount,
  type AccountFormValues,
} from './account-form-values'
import { ConnectionResult } from './ConnectionResult'

/** Adds an account, or edits one; what the user typed survives every failure. */
export function AccountForm({ account, onDone }: { account?: AccountView; onDone: () => void }) {
  const client = useClient()
  const editing = account !== undefined
  const resolver = useMemo(() => accountFormResolver(!editing), [editing])
  const {
    register,
    control,
    handleSubmit,
    setValue,
    getValues,
    trigger,
    formState: { errors, isSubmitting },
  } = useForm<AccountFormValues>({
    defaultValues: account ? formFromAccount(account) : emptyForm(),
    resolver,
    // Errors appear on the first save or test, then follow every keystroke; appearing on blur
    // would shift the buttons under the pointer between mouse-down and mouse-up.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const [test, setTest] = useState<ConnectionTestResult>()
  const [testing, setTesting] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const provider = useWatch({ control, name: 'provider' })
  const roleKind = useWatch({ control, name: 'roleKind' })
  const idPrefix = account ? `account-${account.id}` : 'account-new'

  const changeProvider = (next: ProviderId) => {
    // Swap the URL only if the user had not typed their own.
    const current = getValues('baseUrl')
    const untouched = current === '' || providerIds.some((id) => defaultBaseUrls[id] === current)
    if (untouched) setValue('baseUrl', defaultBaseUrls[next])
    setTest(undefined)
  }

  const runTest = async () => {
    if (!(await trigger())) return
    setTesting(true)
    setTest(undefined)
    setFailure(undefined)
    try {
      const values = getValues()
      setTest(
        await client.call('accounts.test', {
          draft: draftFromForm(values),
          ...(values.secret ? { secret: values.secret } : {}),
          ...(account ? { accountId: account.id } : {}),
        }),
      )
    } catch (error) {
      setFailure(error)
    } finally {
      setTesting(false)
    }
  }

  const save = handleSubmit(async (values) => {
    setFailure(undefined)
    try {
      const draft = draftFromForm(values)
      if (account) {
        await client.call('accounts.update', {
          id: account.id,
          draft,
          ...(values.secret ? { secret: values.secret } : {}),
        })
      } else {
        await client.call('accounts.create', { draft, secret: values.secret })
      }
      onDone()
    } catch (error) {
      setFailure(error)
    }
  })

  const { field, fieldError } = fieldWiring<AccountFormValues>(idPrefix, errors)

  return (
    <form
      className="card account-form"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-label={editing ? `Edit ${account.label}` : 'Add account'}
    >
      <h2>{editing ? `Edit ${account.label}` : 'Add an account'}</h2>
      <div className="form-grid">
        <label htmlFor={`${idPrefix}-provider`}>Provider</label>
        <div>
          <select
            {...field('provider')}
            {...register('provider', { onChange: (event) => changeProvider(event.target.value) })}
            disabled={editing}
          >
            {providerIds.map((id) => (
              <option key={id} value={id}>
                {providerNames[id]}
              </option>
            ))}
          </select>
        </div>

        <label htmlFor={`${idPrefix}-label`}>Name</label>
        <div>
          <input {...field('label')} {...register('label')} placeholder="e.g. Sài Gòn sales team" autoComplete="off" />
          {fieldError('label')}
        </div>

        <label htmlFor={`${idPrefix}-baseUrl`}>Base URL</label>
        <div>
          <input
            {...field('baseUrl')}
            {...register('baseUrl')}
            placeholder="https://"
            autoComplete="off"
            spellCheck={false}
          />
          {alternativeBaseUrls[provider] && (
            <div className="chips" aria-label="Documented addresses">
              {alternativeBaseUrls[provider]?.map((choice) => (
                <button
                  key={choice.url}
                  type="button"
                  className="chip"
                  onClick={() => setValue('baseUrl', choice.url, { shouldValidate: true })}
                >
                  {choice.label}
                </button>
              ))}
            </div>
          )}
          {fieldError('baseUrl')}
        </div>

        {provider === 'alohub' && (
          <>
            <label htmlFor={`${idPrefix}-tenantId`}>Tenant id</label>
            <div>
              <input
                {...field('tenantId')}
                {...register('tenantId')}
                placeholder="Optional, e.g. 20260310"
                autoComplete="off"
              />
              {fieldError('tenantId')}
            </div>
          </>
        )}

        <span className="form-label">Role</span>
        <div role="radiogroup" aria-label="Role" className="radio-row">
          <label className="check">
            <input type="radio" value="supervisor" {...register('roleKind')} />
            <span>Supervisor: watch queues and agents</span>
          </label>
          <label className="check">
            <input type="radio" value="agent" {...register('roleKind')} />
            <span>Agent: only calls for my extension</span>
          </label>
        </div>

        {roleKind === 'agent' && (
          <>
            <label htmlFor={`${idPrefix}-extension`}>My extension or agent id</label>
            <div>
              <input {...field('extension')} {...register('extension')} placeholder="e.g. 082018" autoComplete="off" />
              {fieldError('extension')}
            </div>
          </>
        )}

        <span className="form-label">Live monitor</span>
        <div className="inline-fields">
          <label className="check">
            <input type="checkbox" {...register('pollingEnabled')} />
            <span>Watch this account</span>
          </label>
          <label htmlFor={`${idPrefix}-intervalSeconds`} className="muted">
            every
          </label>
          <input
            {...field('intervalSeconds')}
            {...register('intervalSeconds')}
            className="narrow"
            inputMode="numeric"
            placeholder="default"
          />
          <span className="muted">seconds</span>
          {fieldError('intervalSeconds')}
        </div>

        <label htmlFor={`${idPrefix}-secret`}>{secretLabels[provider]}</label>
        <div>
          <input
            {...field('secret')}
            {...register('secret')}
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder={editing ? (account.hasSecret ? 'Saved in the keychain; type to replace' : 'Not set') : ''}
          />
          <small className="muted">Kept in your system keychain only. AgentDesk never shows it again.</small>
          {fieldError('secret')}
        </div>
      </div>

      {test && <ConnectionResult result={test} />}
      {failure !== undefined && <ErrorNotice error={failure} />}

      <div className="button-row form-actions">
        <button type="button" className="button" onClick={() => void runTest()} disabled={testing}>
          {testing ? 'Testing…' : 'Test connection'}
        </button>
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : editing ? 'Save changes' : 'Add account'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
