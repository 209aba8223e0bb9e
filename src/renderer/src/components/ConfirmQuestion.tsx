import { useId, type ReactNode, type Ref } from 'react'

/**
 * A question before something is taken away (queues, addresses, a bulk change for many agents):
 * what goes and why it matters, then "yes" (the dangerous button) or "no".
 */
export function ConfirmQuestion({
  question,
  why,
  children,
  yes,
  no,
  busy = false,
  onYes,
  onNo,
  className = 'confirm',
  focusRef,
}: {
  question: ReactNode
  why?: ReactNode
  /** What goes, listed, when the question does not name it. */
  children?: ReactNode
  yes: string
  no: string
  busy?: boolean
  onYes: () => void
  onNo: () => void
  className?: string
  focusRef?: Ref<HTMLDivElement>
}) {
  const id = useId()
  return (
    <div className={className} role="alertdialog" aria-labelledby={id} ref={focusRef} tabIndex={-1}>
      <p id={id}>
        <strong>{question}</strong>
        {why !== undefined && <> {why}</>}
      </p>
      {children}
      <div className="button-row">
        <button type="button" className="button danger" disabled={busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="button" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  )
}
