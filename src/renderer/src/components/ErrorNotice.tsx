import { CircleAlert } from 'lucide-react'

import { IpcCallError } from '../../../shared/ipc/result'

/** A failure in the words the main process chose. */
export const messageOf = (error: unknown): string =>
  error instanceof IpcCallError ? error.message : error instanceof Error ? error.message : 'Something went wrong.'

/** A failure, in the words the main process chose, next to what failed. */
export function ErrorNotice({ error }: { error: unknown }) {
  const message = messageOf(error)
  return (
    <p className="error-notice" role="alert">
      <CircleAlert aria-hidden size={16} />
      {message}
    </p>
  )
}
