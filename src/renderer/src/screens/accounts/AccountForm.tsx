import { useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { relayOffered, relayRoleProblem } from '../../../../shared/domain/account-relay'
import {
  alternativeBaseUrls,
  defaultBaseUrls,
  type AccountView,
  type ConnectionTestResult,
} from '../../../../shared/domain/accounts'
import { providerIds, type ProviderId } from '../../../../shared/domain/providers'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
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
import { RelayFields } from './RelayFields'
import { AwayAfterMissedField, ScreenPopFields } from './ScreenPopFields'
import { secretWords, Tel4vnSignInChoice, VoipbinCustomerIdField } from './SignInFields'

/** Adds an account, or edits one; what the user typed survives every failure. */
export function AccountForm({ account, onDone }: { account?: AccountView; onDone: () => void }) {
  const client = useClient()
  const { t } = useTranslation('accounts')
  const editing = account !== undefined
  const resolver = useMemo(() => accountFormResolver(account), [account])
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
  const tel4vnSignIn = useWatch({ control, name: 'tel4vnSignIn' })
  const relayOn = useWatch({ control, name: 'relayOn' })
  const secretText = secretWords(provider, tel4vnSignIn)
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
          ...(draft.relay && values.relayPassword ? { relayPassword: values.relayPassword } : {}),
        })
      } else {
        await client.call('accounts.create', {
          draft,
          secret: values.secret,
          ...(draft.relay && values.relayPassword ? { relayPassword: values.relayPassword } : {}),
        })
      }
      onDone()
    } catch (error) {
      setFailure(error)
    }
  })

  // The documented addresses' names are shared English; the known ones are shown in the chosen language.
  const addressName = (name: string) =>
    name === 'Production' || name === 'Development' ? t(`form.addressNames.${name}`) : name

  const { id, field, fieldError, problemOf } = fieldWiring<AccountFormValues>(idPrefix, errors)

  return (
    <form
      className="card account-form"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-label={editing ? t('form.edit', { label: account.label }) : t('form.add')}
    >
      <h2>{editing ? t('form.edit', { label: account.label }) : t('form.addTitle')}</h2>
      <div className="form-grid">
        <label htmlFor={`${idPrefix}-provider`}>{t('form.provider')}</label>
        <div>
          <select
            {...field('provider')}
            {...register('provider', { onChange: (event) => changeProvider(event.target.value) })}
            disabled={editing}
          >
            {providerIds.map((id) => (
              <option key={id} value={id}>
                {t(`providers.${id}`)}
              </option>
            ))}
          </select>
        </div>

        <Field id={id('label')} label={t('form.name')} problem={problemOf('label')}>
          {(wires) => (
            <input {...wires} {...register('label')} placeholder={t('form.namePlaceholder')} autoComplete="off" />
          )}
        </Field>

        <label htmlFor={`${idPrefix}-baseUrl`}>{t('form.baseUrl')}</label>
        <div>
          <input
            {...field('baseUrl')}
            {...register('baseUrl')}
            placeholder="https://"
            autoComplete="off"
            spellCheck={false}
          />
          {alternativeBaseUrls[provider] && (
            <div className="chips" aria-label={t('form.documentedAddresses')}>
              {alternativeBaseUrls[provider].map((choice) => (
                <button
                  key={choice.url}
                  type="button"
                  className="chip"
                  onClick={() => setValue('baseUrl', choice.url, { shouldValidate: true })}
                >
                  {addressName(choice.label)}
                </button>
              ))}
            </div>
          )}
          {fieldError('baseUrl')}
        </div>

        {provider === 'alohub' && (
          <>
            <Field
              id={id('tenantId')}
              label={t('form.tenantId')}
              hint={t('form.tenantIdHelp')}
              problem={problemOf('tenantId')}
            >
              {(wires) => (
                <input
                  {...wires}
                  {...register('tenantId')}
                  placeholder={t('form.tenantIdPlaceholder')}
                  autoComplete="off"
                />
              )}
            </Field>
          </>
        )}

        <span className="form-label">{t('form.role')}</span>
        <div role="radiogroup" aria-label={t('form.role')} className="radio-row">
          <label className="check">
            <input type="radio" value="supervisor" {...register('roleKind')} />
            <span>{t('form.supervisor')}</span>
          </label>
          <label className="check">
            <input type="radio" value="agent" {...register('roleKind')} />
            <span>{t('form.agent')}</span>
          </label>
        </div>

        {roleKind === 'agent' && (
          <>
            <Field id={id('extension')} label={t('form.extension')} problem={problemOf('extension')}>
              {(wires) => (
                <input
                  {...wires}
                  {...register('extension')}
                  placeholder={t('form.extensionPlaceholder')}
                  autoComplete="off"
                />
              )}
            </Field>
          </>
        )}

        <span className="form-label">{t('form.liveMonitor')}</span>
        <div className="inline-fields">
          <label className="check">
            <input type="checkbox" {...register('pollingEnabled')} />
            <span>{t('form.watch')}</span>
          </label>
          <label htmlFor={`${idPrefix}-intervalSeconds`} className="muted">
            {t('form.every')}
          </label>
          <input
            {...field('intervalSeconds')}
            {...register('intervalSeconds')}
            className="narrow"
            inputMode="numeric"
            placeholder={t('form.intervalPlaceholder')}
          />
          <span className="muted">{t('form.seconds')}</span>
          {fieldError('intervalSeconds')}
        </div>

        {provider === 'tel4vn' && <Tel4vnSignInChoice idPrefix={idPrefix} register={register} />}

        <Field
          id={id('secret')}
          label={t(secretText.label)}
          hint={`${t(secretText.help)} ${t('form.secretHint')}`}
          problem={problemOf('secret')}
        >
          {(wires) => (
            <input
              {...wires}
              {...register('secret')}
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder={editing ? (account.hasSecret ? t('form.secretSaved') : t('form.secretMissing')) : ''}
            />
          )}
        </Field>

        {provider === 'voipbin' && <VoipbinCustomerIdField idPrefix={idPrefix} register={register} errors={errors} />}

        {(provider === 'tel4vn' || provider === 'voipbin') && (
          <ScreenPopFields
            idPrefix={idPrefix}
            provider={provider}
            register={register}
            control={control}
            errors={errors}
          />
        )}
        {/* Ticked on an AloHub agent, it stays in sight with the problem that says why it cannot be. */}
        {(relayOffered(provider, roleKind) || (relayOn && relayRoleProblem(provider, roleKind))) && (
          <RelayFields
            idPrefix={idPrefix}
            provider={provider}
            register={register}
            control={control}
            errors={errors}
            passwordStored={account?.relay ? account.hasRelayPassword === true : false}
          />
        )}
        {provider === 'voipbin' && roleKind === 'agent' && (
          <AwayAfterMissedField idPrefix={idPrefix} register={register} />
        )}
      </div>

      {test && <ConnectionResult result={test} />}
      {failure !== undefined && <ErrorNotice error={failure} />}

      <div className="button-row form-actions">
        <button type="button" className="button" onClick={() => void runTest()} disabled={testing}>
          {testing ? t('test.running') : t('test.run')}
        </button>
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : editing ? t('form.save') : t('form.add')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
