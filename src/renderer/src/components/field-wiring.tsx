import type { FieldErrors, FieldValues, Path } from 'react-hook-form'

/**
 * Ties a form's inputs to their error messages: ids, aria-invalid and aria-describedby on the
 * input, and the message under it, so screen readers read the error with the field.
 */
export function fieldWiring<V extends FieldValues>(idPrefix: string, errors: FieldErrors<V>) {
  const messageOf = (name: Path<V>) => (errors[name] as { message?: string } | undefined)?.message
  return {
    field: (name: Path<V>) => ({
      id: `${idPrefix}-${name}`,
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': errors[name] ? `${idPrefix}-${name}-error` : undefined,
    }),
    fieldError: (name: Path<V>) =>
      errors[name] && (
        <p className="field-error" id={`${idPrefix}-${name}-error`}>
          {messageOf(name)}
        </p>
      ),
  }
}
