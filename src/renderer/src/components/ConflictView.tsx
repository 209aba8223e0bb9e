import { Fragment, type ReactNode, type Ref } from 'react'

/** One side of a change made elsewhere: theirs (as the service holds it now) or mine. */
export interface ConflictSide {
  readonly label: string
  readonly content: ReactNode
}

/**
 * "Changed elsewhere": what the service holds now beside what the user has, for them to choose.
 * Nothing was sent; the choices (`actions`) are the editor's own. The sides are a list of facts,
 * or headed sections when each side is a table of its own (`sections`).
 */
export function ConflictView({
  title,
  body,
  theirs,
  mine,
  note,
  actions,
  sections = false,
  label,
  focusRef,
}: {
  title: ReactNode
  body?: ReactNode
  theirs: ConflictSide
  mine: ConflictSide
  note?: ReactNode
  actions?: ReactNode
  sections?: boolean
  /** The view's name when it is a landmark of its own. */
  label?: string
  focusRef?: Ref<HTMLElement>
}) {
  return (
    <section className="conflict" role="alert" aria-label={label} ref={focusRef} tabIndex={-1}>
      {sections ? (
        <>
          <h3>{title}</h3>
          {[theirs, mine].map((side) => (
            <Fragment key={side.label}>
              <h4>{side.label}</h4>
              {side.content}
            </Fragment>
          ))}
        </>
      ) : (
        <>
          <p>
            <strong>{title}</strong> {body}
          </p>
          <dl className="facts">
            {[theirs, mine].map((side) => (
              <Fragment key={side.label}>
                <dt>{side.label}</dt>
                <dd>{side.content}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
      {note !== undefined && <p className="muted">{note}</p>}
      {actions !== undefined && <div className="button-row">{actions}</div>}
    </section>
  )
}
