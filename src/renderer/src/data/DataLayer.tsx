import { QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import { useContext, useEffect, type ReactNode } from 'react'

import { useClient } from '../ipc/client-context'

import { createQueryClient, followAccountChanges } from './query-client'

/** The window's one cache, made when the first screen needs it and kept across screens. */
const queries = createQueryClient()
let following: (() => void) | undefined

/**
 * The data layer the screens read provider data through (TanStack Query). It comes in the first
 * screen's chunk rather than the first paint: the shell itself reads no provider data. Where a
 * test already provides its own cache (one per render), that one is used.
 */
export function DataLayer({ children }: { children: ReactNode }) {
  const client = useClient()
  const outer = useContext(QueryClientContext)
  useEffect(() => {
    // Once per window: the cache follows account changes for as long as the window lives.
    if (outer || following) return
    following = followAccountChanges(client, queries)
  }, [client, outer])
  return outer ? children : <QueryClientProvider client={queries}>{children}</QueryClientProvider>
}
