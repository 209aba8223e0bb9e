import { overrideFieldLabels, type FieldChange } from '../../../../shared/domain/agenthub-forms'

import { describeValue } from './format-override'

/** Field by field: what it was and what it becomes. */
export function ChangeList({
  changes,
  beforeLabel = 'Now',
  afterLabel = 'After saving',
}: {
  changes: ReadonlyArray<FieldChange>
  beforeLabel?: string
  afterLabel?: string
}) {
  return (
    <table className="changes">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{overrideFieldLabels[change.field]}</th>
            <td>
              <del>{describeValue(change.field, change.before)}</del>
            </td>
            <td>
              <ins>{describeValue(change.field, change.after)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
