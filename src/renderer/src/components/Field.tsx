import type { ReactElement, ReactNode } from 'react'

import { useMessageText } from './problem-text'

/** What an input needs to be tied to its label, hint and problem. */
export interface FieldWires {
  readonly id: string
  readonly 'aria-invalid': true | undefined
  readonly 'aria-describedby': string | undefined
}

/** The ids and aria attributes of a field's input; its hint and problem are `${id}-hint` and `${id}-error`. */
export function fieldWires(id: string, { hint, problem }: { hint?: boolean; problem?: boolean }): FieldWires {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ')
  return { id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': described || undefined }
}

/** A field's problem under it, in the language shown; the input points to it by id. */
export function FieldProblem({ id, problem }: { id: string; problem: string | undefined }) {
  const words = useMessageText()
  if (!problem) return null
  return (
    <p className="field-error" id={`${id}-error`}>
      {words(problem)}
    </p>
  )
}

/**
 * One field of a form: its label, the input (given the wires that tie it to the rest), an
 * optional hint and the problem, which may be a code of the shared schemas. `inline` leaves out
 * the wrapping element, for fields in a row of others.
 */
export function Field({
  id,
  label,
  hint,
  problem,
  inline = false,
  labelClassName,
  children,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  problem?: string | undefined
  inline?: boolean
  labelClassName?: string
  children: (wires: FieldWires) => ReactElement
}) {
  const wires = fieldWires(id, { hint: hint !== undefined, problem: problem !== undefined })
  const body = (
    <>
      {children(wires)}
      {hint !== undefined && (
        <small className="muted" id={`${id}-hint`}>
          {hint}
        </small>
      )}
      <FieldProblem id={id} problem={problem} />
    </>
  )
  return (
    <>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {inline ? body : <div>{body}</div>}
    </>
  )
}
