import type { LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'

/** What a screen shows before it has anything to show, and what to do about it. */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
}: {
  icon: LucideIcon
  title: string
  children: ReactNode
  action?: ReactNode
}) {
  return (
    <div className="empty-state">
      <Icon aria-hidden size={40} strokeWidth={1.5} />
      <h2>{title}</h2>
      <p>{children}</p>
      {action}
    </div>
  )
}
