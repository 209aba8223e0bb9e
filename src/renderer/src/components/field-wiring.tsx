import type { FieldErrors, FieldValues, Path } from 'react-hook-form'

import { fieldWires, FieldProblem } from './Field'

/**
 * Ties a react-hook-form form's inputs to their problems: ids, aria-invalid and aria-describedby
 * on the input, and the problem under it (a shared schema's code in the language shown), so
 * screen readers read the problem with the field. `Field` draws label, input, hint and problem
 * in one; this serves inputs laid out apart from their label.
 */
export function fieldWiring<V extends FieldValues>(idPrefix: string, errors: FieldErrors<V>) {
  const messageOf = (name: Path<V>) => (errors[name] as { message?: string } | undefined)?.message
  const id = (name: Path<V>) => `${idPrefix}-${name}`
  return {
    id,
    /** The problem of a field, if any. */
    problemOf: (name: Path<V>) => (errors[name] ? (messageOf(name) ?? '') : undefined),
    field: (name: Path<V>) => fieldWires(id(name), { problem: errors[name] !== undefined }),
    fieldError: (name: Path<V>) => <FieldProblem id={id(name)} problem={errors[name] ? messageOf(name) : undefined} />,
  }
}
