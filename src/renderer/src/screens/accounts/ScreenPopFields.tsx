import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import type { ProviderId } from '../../../../shared/domain/providers'
import { buildScreenPopUrl, screenPopSample } from '../../../../shared/domain/screen-pop'
import { Field } from '../../components/Field'
import { fieldWiring } from '../../components/field-wiring'
import { useProblemText } from '../../data/problem-text'

import type { AccountFormValues } from './account-form-values'

interface ScreenPopFieldsProps {
  readonly idPrefix: string
  readonly provider: Extract<ProviderId, 'tel4vn' | 'voipbin'>
  readonly register: UseFormRegister<AccountFormValues>
  readonly control: Control<AccountFormValues>
  readonly errors: FieldErrors<AccountFormValues>
}

/**
 * The screen-pop address, when it opens, and the address a sample call from the provider's
 * document would open, built by the same code main uses, so what the user sees is what opens.
 */
export function ScreenPopFields({ idPrefix, provider, register, control, errors }: ScreenPopFieldsProps) {
  const { t } = useTranslation('accounts')
  const { id, problemOf } = fieldWiring<AccountFormValues>(idPrefix, errors)
  const words = useProblemText()
  const template = useWatch({ control, name: 'screenPopTemplate' }).trim()
  // Once the field itself says why the template is refused, the preview would only say it twice.
  const refused = problemOf('screenPopTemplate') !== undefined
  const preview = template && !refused ? buildScreenPopUrl(template, screenPopSample(provider)) : undefined
  const openOnLabel = `${idPrefix}-screenPopOpenOn-label`
  return (
    <>
      <Field
        id={id('screenPopTemplate')}
        label={t('form.screenPop.label')}
        hint={`${t('form.screenPop.hint')} ${t(`form.screenPop.providerValues.${provider}`)}`}
        problem={problemOf('screenPopTemplate')}
      >
        {(wires) => (
          <input
            {...wires}
            {...register('screenPopTemplate')}
            type="url"
            placeholder={t('form.screenPop.placeholder')}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      {template !== '' && (
        <>
          <span className="form-label" id={openOnLabel}>
            {t('form.screenPop.openOn')}
          </span>
          <div role="radiogroup" aria-labelledby={openOnLabel} className="radio-row">
            <label className="check">
              <input type="radio" value="click" {...register('screenPopOpenOn')} />
              <span>{t('form.screenPop.onClick')}</span>
            </label>
            <label className="check">
              <input type="radio" value="ring" {...register('screenPopOpenOn')} />
              <span>{t('form.screenPop.onRing')}</span>
            </label>
          </div>
          {preview && (
            <>
              <span className="form-label">{t('form.screenPop.preview')}</span>
              <output className="screen-pop-preview" aria-label={t('form.screenPop.preview')}>
                {preview.ok ? preview.url : `${t('form.screenPop.previewRefused')}: ${words(preview.problem)}`}
              </output>
            </>
          )}
        </>
      )}
    </>
  )
}

/** VoIPbin agents: switch to away after a missed call, as contact-centre softphones do. */
export function AwayAfterMissedField({ idPrefix, register }: Pick<ScreenPopFieldsProps, 'idPrefix' | 'register'>) {
  const { t } = useTranslation('accounts')
  const hintId = `${idPrefix}-awayAfterMissed-hint`
  return (
    <>
      <span className="form-label">{t('form.awayAfterMissed')}</span>
      <div>
        <label className="check">
          <input type="checkbox" aria-describedby={hintId} {...register('awayAfterMissed')} />
          <span>{t('form.awayAfterMissedCheck')}</span>
        </label>
        <small className="muted" id={hintId}>
          {t('form.awayAfterMissedHint')}
        </small>
      </div>
    </>
  )
}
