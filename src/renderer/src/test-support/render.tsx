import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactElement, ReactNode } from 'react'

import { followAccountChanges } from '../data/query-client'
import type { AgentDeskClient } from '../ipc/client'
import { ClientProvider } from '../ipc/client-context'

import { createFakeClient, type FakeAnswers, type FakeClient } from './fake-client'

export interface Rendered extends RenderResult {
  /** The fake services: what was sent, and a way to push events. */
  readonly client: FakeClient
  readonly queries: QueryClient
  /** Types and clicks as a person does (focus, key events, pointer events). */
  readonly user: UserEvent
}

/**
 * Renders a component as the app does (main.tsx): inside the client's provider and a TanStack
 * Query client, in the real i18n (started in English by the setup file), with fake services
 * that answer from `answers`. Each render gets its own query cache: no test sees another's data.
 */
export function renderWithServices(
  ui: ReactElement,
  { answers = {}, transport = 'electron' }: { answers?: FakeAnswers; transport?: AgentDeskClient['transport'] } = {},
): Rendered {
  const client = createFakeClient(answers, transport)
  // As main.tsx: provider data is never retried blindly; tests also keep it for the whole test.
  const queries = new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, gcTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  })
  // As main.tsx: the cache follows account changes main announces.
  followAccountChanges(client, queries)
  const user = userEvent.setup()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ClientProvider client={client}>
      <QueryClientProvider client={queries}>{children}</QueryClientProvider>
    </ClientProvider>
  )
  const rendered: RenderResult = render(ui, { wrapper })
  return { ...rendered, client, queries, user }
}
