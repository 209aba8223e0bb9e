import { Bot } from 'lucide-react'

import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'

/** AI agents: bot configurations, overrides and executions. */
export function AiAgentsScreen({ onNavigate }: { onNavigate: (screen: ScreenId) => void }) {
  return (
    <EmptyState
      icon={Bot}
      title="No AI agents to show"
      action={
        <button type="button" className="button" onClick={() => onNavigate('accounts')}>
          Go to Accounts
        </button>
      }
    >
      AI agent overrides, the tool catalog and executions come from an AgentHub account; avatar agents from the AI
      avatar platform.
    </EmptyState>
  )
}
