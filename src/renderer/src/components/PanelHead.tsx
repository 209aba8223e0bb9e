import { X } from 'lucide-react'
import { useEffect, useRef, type ReactNode } from 'react'

/**
 * The head of a panel that opens over a list (an editor, a form): its title, which takes the
 * focus when the panel opens so a screen reader says where the user is, and a close button.
 */
export function PanelHead({
  id,
  title,
  closeLabel,
  onClose,
}: {
  /** The heading's id, which names the panel (aria-labelledby). */
  id: string
  title: ReactNode
  closeLabel: string
  onClose: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="section-head">
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <button type="button" className="icon-button" aria-label={closeLabel} onClick={onClose}>
        <X aria-hidden size={18} />
      </button>
    </div>
  )
}
