import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'

import { newAgentSchema, ringMethods, voipbinPermissions } from '../../../../../shared/domain/voipbin-forms'
import type { VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { Field } from '../../../components/Field'
import { fieldWiring } from '../../../components/field-wiring'
import { PanelHead } from '../../../components/PanelHead'
import { useClient } from '../../../ipc/client-context'

import { AddressFields } from './AddressFields'
import { useAddressRows } from './useAddressRows'

/** The form's fields as inputs hold them; the addresses are rows of their own (AddressFields). */
const formSchema = newAgentSchema.omit({ addresses: true }).extend({
  permission: z.string().transform(Number).pipe(newAgentSchema.shape.permission),
})
type FormInput = z.input<typeof formSchema>
type FormOutput = z.output<typeof formSchema>

const blank: FormInput = { username: '', password: '', name: '', detail: '', ringMethod: 'ringall', permission: '16' }

/**
 * A new VoIPbin agent. The password is write-only: its input is not controlled (so it never
 * lands in a DOM attribute), it is sent once, cleared only after VoIPbin took it, and never
 * shown again. After the first try to create, every keystroke is checked with the same schema
 * main checks with; on failure, everything typed stays.
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
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm<FormInput, unknown, FormOutput>({
    defaultValues: blank,
    resolver: zodResolver(formSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const addresses = useAddressRows(`${idPrefix}-address`, () => [])
  const [failure, setFailure] = useState<unknown>()
  const { id, problemOf } = fieldWiring<FormInput>(idPrefix, errors)

  const create = handleSubmit(async ({ name, detail, ...agent }) => {
    if (!addresses.check.valid) {
      addresses.focusFirstProblem()
      return
    }
    setFailure(undefined)
    try {
      const created = await client.call('voipbin.createAgent', {
        accountId,
        agent: { ...agent, ...(name ? { name } : {}), ...(detail ? { detail } : {}), addresses: addresses.check.valid },
      })
      // Only now, with VoIPbin holding it, does the password leave the form.
      reset(blank)
      addresses.setRows([])
      onCreated(created)
    } catch (caught) {
      setFailure(caught)
    }
  })

  return (
    <section className="card vb-create" aria-labelledby={`${idPrefix}-title`}>
      <PanelHead id={`${idPrefix}-title`} title={t('create.title')} closeLabel={t('create.close')} onClose={onClose} />
      <form
        aria-label={t('create.title')}
        noValidate
        onSubmit={(event) => {
          if (isSubmitting) event.preventDefault()
          else void create(event)
        }}
      >
        <div className="form-grid">
          <Field id={id('username')} label={t('create.username')} problem={problemOf('username')}>
            {(wires) => (
              <input
                {...wires}
                {...register('username')}
                autoComplete="off"
                spellCheck={false}
                placeholder={t('create.usernamePlaceholder')}
              />
            )}
          </Field>
          <Field
            id={id('password')}
            label={t('create.password')}
            hint={t('create.passwordHint')}
            problem={problemOf('password')}
          >
            {(wires) => <input {...wires} {...register('password')} type="password" autoComplete="new-password" />}
          </Field>
          <Field id={id('name')} label={t('create.name')} problem={problemOf('name')}>
            {(wires) => (
              <input {...wires} {...register('name')} autoComplete="off" placeholder={t('create.namePlaceholder')} />
            )}
          </Field>
          <Field id={id('detail')} label={t('create.detail')} problem={problemOf('detail')}>
            {(wires) => <textarea {...wires} {...register('detail')} rows={2} placeholder={t('create.optional')} />}
          </Field>
          <Field id={id('ringMethod')} label={t('create.ringMethod')} problem={problemOf('ringMethod')}>
            {(wires) => (
              <select {...wires} {...register('ringMethod')}>
                {ringMethods.map((method) => (
                  <option key={method} value={method}>
                    {t(`ringMethod.${method}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('permission')} label={t('create.permission')} problem={problemOf('permission')}>
            {(wires) => (
              <select {...wires} {...register('permission')}>
                {voipbinPermissions.map((permission) => (
                  <option key={permission} value={String(permission)}>
                    {t(`permission.${permission}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>

          <span className="form-label">{t('create.addresses')}</span>
          <div>
            <AddressFields
              {...addresses.fields}
              caption={t('create.addressesCaption')}
              showAll={isSubmitted}
              empty={t('create.addressesEmpty')}
            />
          </div>
        </div>
        <div className="form-actions button-row vb-actions">
          <button type="submit" className="button primary" aria-disabled={isSubmitting}>
            {isSubmitting ? t('create.creating') : t('create.create')}
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
