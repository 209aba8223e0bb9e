import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import type { ProviderId } from '../../../../shared/domain/providers'
import { Field, FieldProblem } from '../../components/Field'
import { fieldWiring } from '../../components/field-wiring'

import type { AccountFormValues } from './account-form-values'

interface RelayFieldsProps {
  readonly idPrefix: string
  readonly provider: ProviderId
  readonly register: UseFormRegister<AccountFormValues>
  readonly control: Control<AccountFormValues>
  readonly errors: FieldErrors<AccountFormValues>
  /** The account's NATS password is in the keychain already (editing): empty keeps it. */
  readonly passwordStored: boolean
}

/**
 * "Connect through the team relay" (Tel4vn; AloHub supervisors): the relay's address, the tenant and the desk's own
 * NATS user and password. Unticking hides the fields but keeps what was typed, so ticking again
 * (or a refused save) never loses it; the password goes to main once and never comes back.
 */
export function RelayFields({ idPrefix, provider, register, control, errors, passwordStored }: RelayFieldsProps) {
  const { t } = useTranslation('accounts')
  const { id, problemOf } = fieldWiring<AccountFormValues>(idPrefix, errors)
  const relayOn = useWatch({ control, name: 'relayOn' })
  const hintId = `${idPrefix}-relayOn-hint`
  // An AloHub agent account with the relay ticked: why it cannot be (account-relay.ts).
  const refusal = problemOf('relayOn')
  return (
    <>
      <span className="form-label">{t('form.relay.legend')}</span>
      <div>
        <label className="check">
          <input
            type="checkbox"
            aria-describedby={refusal === undefined ? hintId : `${hintId} ${id('relayOn')}-error`}
            aria-invalid={refusal !== undefined}
            {...register('relayOn')}
          />
          <span>{t('form.relay.connect')}</span>
        </label>
        <small className="muted" id={hintId}>
          {t(provider === 'alohub' ? 'form.relay.hintAlohub' : 'form.relay.hint')}
        </small>
        <FieldProblem id={id('relayOn')} problem={refusal} />
      </div>
      {relayOn && (
        <>
          <Field
            id={id('relayUrl')}
            label={t('form.relay.url')}
            hint={t('form.relay.urlHelp')}
            problem={problemOf('relayUrl')}
          >
            {(wires) => (
              <input
                {...wires}
                {...register('relayUrl')}
                type="url"
                placeholder={t('form.relay.urlPlaceholder')}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <Field
            id={id('relayTenant')}
            label={t(provider === 'alohub' ? 'form.relay.tenantOfRelay' : 'form.relay.tenant')}
            problem={problemOf('relayTenant')}
          >
            {(wires) => (
              <input
                {...wires}
                {...register('relayTenant')}
                placeholder={t('form.relay.tenantPlaceholder')}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <Field id={id('relayUser')} label={t('form.relay.user')} problem={problemOf('relayUser')}>
            {(wires) => <input {...wires} {...register('relayUser')} autoComplete="off" spellCheck={false} />}
          </Field>
          <Field
            id={id('relayPassword')}
            label={t('form.relay.password')}
            hint={t('form.relay.passwordHint')}
            problem={problemOf('relayPassword')}
          >
            {(wires) => (
              <input
                {...wires}
                {...register('relayPassword')}
                type="password"
                autoComplete="off"
                spellCheck={false}
                placeholder={passwordStored ? t('form.relay.passwordStored') : ''}
              />
            )}
          </Field>
        </>
      )}
    </>
  )
}
