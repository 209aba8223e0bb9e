import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import type { ProviderId } from '../../../../shared/domain/providers'
import { Field } from '../../components/Field'
import { fieldWiring } from '../../components/field-wiring'

import { secretNameOf, type AccountFormValues } from './account-form-values'

interface SignInFieldProps {
  readonly idPrefix: string
  readonly register: UseFormRegister<AccountFormValues>
  readonly errors: FieldErrors<AccountFormValues>
}

/**
 * Tel4vn's way in. The document shows a ready token only, so that is the default; the key
 * exchange of the public docs is there for servers that offer it, chosen knowingly.
 */
export function Tel4vnSignInChoice({ idPrefix, register }: Omit<SignInFieldProps, 'errors'>) {
  const { t } = useTranslation('accounts')
  const choices = [
    { value: 'token', name: t('form.tel4vnSignIn.token'), help: t('form.tel4vnSignIn.tokenHelp') },
    { value: 'key_exchange', name: t('form.tel4vnSignIn.keyExchange'), help: t('form.tel4vnSignIn.keyExchangeHelp') },
  ] as const
  return (
    <>
      <span className="form-label" id={`${idPrefix}-tel4vnSignIn-label`}>
        {t('form.tel4vnSignIn.label')}
      </span>
      <div role="radiogroup" aria-labelledby={`${idPrefix}-tel4vnSignIn-label`}>
        {choices.map((choice) => (
          <div key={choice.value}>
            <label className="check">
              <input
                type="radio"
                value={choice.value}
                aria-describedby={`${idPrefix}-tel4vnSignIn-${choice.value}-help`}
                {...register('tel4vnSignIn')}
              />
              <span>{choice.name}</span>
            </label>
            <small className="muted sign-in-help" id={`${idPrefix}-tel4vnSignIn-${choice.value}-help`}>
              {choice.help}
            </small>
          </div>
        ))}
      </div>
    </>
  )
}

/** VoIPbin's customer id, for live push when the token does not name the customer. */
export function VoipbinCustomerIdField({ idPrefix, register, errors }: SignInFieldProps) {
  const { t } = useTranslation('accounts')
  const { id, problemOf } = fieldWiring<AccountFormValues>(idPrefix, errors)
  return (
    <Field
      id={id('voipbinCustomerId')}
      label={t('form.customerId')}
      hint={t('form.customerIdHelp')}
      problem={problemOf('voipbinCustomerId')}
    >
      {(wires) => (
        <input
          {...wires}
          {...register('voipbinCustomerId')}
          placeholder={t('form.customerIdPlaceholder')}
          autoComplete="off"
          spellCheck={false}
        />
      )}
    </Field>
  )
}

/** The secret's name and how the provider's document says it is sent, for the key field. */
export function secretWords(
  provider: ProviderId,
  tel4vnSignIn: AccountFormValues['tel4vnSignIn'],
): { label: `form.secret.${ProviderId | 'tel4vnApiKey'}`; help: `form.secretHelp.${ProviderId | 'tel4vnApiKey'}` } {
  const key = secretNameOf(provider, tel4vnSignIn)
  return { label: `form.secret.${key}`, help: `form.secretHelp.${key}` }
}
