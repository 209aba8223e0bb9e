import { useTranslation } from 'react-i18next'

import type { FieldChange } from '../../../../shared/domain/agenthub-forms'

import { describeValue } from './format-override'

/** Field by field: what it was and what it becomes. */
export function ChangeList({
  changes,
  beforeLabel,
  afterLabel,
}: {
  changes: ReadonlyArray<FieldChange>
  beforeLabel?: string
  afterLabel?: string
}) {
  const { t } = useTranslation('aiAgents')
  return (
    <table className="changes">
      <thead>
        <tr>
          <th scope="col">{t('changes.field')}</th>
          <th scope="col">{beforeLabel ?? t('changes.now')}</th>
          <th scope="col">{afterLabel ?? t('changes.afterSaving')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{t(`fields.${change.field}`)}</th>
            <td>
              <del>{describeValue(change.field, change.before, t)}</del>
            </td>
            <td>
              <ins>{describeValue(change.field, change.after, t)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
