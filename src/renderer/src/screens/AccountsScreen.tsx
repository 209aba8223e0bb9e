import { KeyRound } from 'lucide-react'

import { EmptyState } from '../components/EmptyState'

const providers: ReadonlyArray<{ name: string; gives: string }> = [
  { name: 'AloHub', gives: 'agents, queues and recording' },
  { name: 'Tel4vn', gives: 'the live call monitor' },
  { name: 'VoIPbin', gives: 'agents, status and addresses' },
  { name: 'AI avatar platform', gives: 'avatar AI agents' },
  { name: 'AgentHub', gives: 'AI agent overrides and executions' },
]

/** Provider connections. API keys live in the OS keychain, never in this window. */
export function AccountsScreen() {
  return (
    <div className="stack">
      <EmptyState icon={KeyRound} title="No accounts connected">
        AgentDesk keeps each account&apos;s API key in your operating system&apos;s keychain; this window only ever
        learns whether a key is set.
      </EmptyState>
      <section className="card" aria-labelledby="providers-title">
        <h2 id="providers-title">Providers AgentDesk works with</h2>
        <ul className="provider-list">
          {providers.map((provider) => (
            <li key={provider.name}>
              <strong>{provider.name}</strong>
              <span className="muted">{provider.gives}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
