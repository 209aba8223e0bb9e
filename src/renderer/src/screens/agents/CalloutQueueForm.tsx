import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'

import { Field } from '../../components/Field'
import { fieldWiring } from '../../components/field-wiring'

import { queueIdText } from './queue-id-text'

const calloutSchema = z.object({ callout: queueIdText })
type CalloutInput = z.input<typeof calloutSchema>

/** The agent's one callout queue: AloHub sets it on its own, not as part of the callin list. */
export function CalloutQueueForm({
  calloutQueueId,
  busy,
  onSave,
}: {
  calloutQueueId: number | null
  busy: boolean
  onSave: (queueId: number) => Promise<void>
}) {
  const { t } = useTranslation('agents')
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CalloutInput, unknown, z.output<typeof calloutSchema>>({
    defaultValues: { callout: calloutQueueId === null ? '' : String(calloutQueueId) },
    resolver: zodResolver(calloutSchema),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  })
  const { problemOf } = fieldWiring<CalloutInput>('callout', errors)
  return (
    <form
      aria-label={t('queues.calloutForm')}
      className="inline-fields"
      onSubmit={(event) => void handleSubmit(({ callout }) => onSave(callout))(event)}
    >
      <Field id="callout-queue" label={t('queues.callout')} problem={problemOf('callout')} inline>
        {(wires) => <input {...wires} {...register('callout')} inputMode="numeric" />}
      </Field>
      <button type="submit" className="button small" disabled={busy}>
        {t('queues.setCallout')}
      </button>
    </form>
  )
}
