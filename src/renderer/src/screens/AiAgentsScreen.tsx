import { useQueryClient } from '@tanstack/react-query'
import { Bot, RefreshCw, UserRound } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { AgentOverride } from '../../../shared/domain/agenthub'
import type { ExecutionFilterInput } from '../../../shared/domain/agenthub-views'
import type { ScreenId } from '../../../shared/domain/screens'
import { AccountSwitch, useAccountChoice } from '../components/AccountChoice'
import { EmptyState } from '../components/EmptyState'
import { ErrorNotice } from '../components/ErrorNotice'
import { QueryState, TryAgain } from '../components/QueryState'

import { AvatarAgentsView } from './ai-agents/avatars/AvatarAgentsView'
import { ExecutionList } from './ai-agents/ExecutionList'
import { OverrideEditor } from './ai-agents/OverrideEditor'
import { OverrideList } from './ai-agents/OverrideList'
import { PermissionList } from './ai-agents/PermissionList'
import { agentHubKeys, useAgentHubSession, useSessionRecheck, useToolCatalog } from './ai-agents/useAgentHub'
import './ai-agents/ai-agents.css'

type View = { kind: 'list' } | { kind: 'edit'; override?: AgentOverride } | { kind: 'executions' }

/** AI agents: AgentHub overrides, their tools and their runs, as the signed-in role allows. */
export function AiAgentsScreen({ onNavigate }: { onNavigate: (screen: ScreenId) => void }) {
  const { t } = useTranslation('aiAgents')
  const { t: common } = useTranslation()
  // AgentHub accounts first: overrides are what this screen is mostly for.
  const { loading, usable, account, choose } = useAccountChoice(['agenthub', 'avatar'])

  if (loading) return <p className="muted">{common('loading')}</p>
  if (!account) {
    return (
      <EmptyState
        icon={Bot}
        title={t('screen.emptyTitle')}
        action={
          <button type="button" className="button" onClick={() => onNavigate('accounts')}>
            {common('goToAccounts')}
          </button>
        }
      >
        {t('screen.emptyBody')}
      </EmptyState>
    )
  }
  return (
    <div className="stack">
      <AccountSwitch label={t('screen.accounts')} accounts={usable} current={account} onChoose={choose} />
      {/* A new account starts with its own views, not the previous account's. */}
      {account.provider === 'agenthub' ? (
        <AgentHubWorkspace key={account.id} accountId={account.id} accountLabel={account.label} />
      ) : (
        <AvatarAgentsView key={account.id} accountId={account.id} accountLabel={account.label} />
      )}
    </div>
  )
}

function AgentHubWorkspace({ accountId, accountLabel }: { accountId: string; accountLabel: string }) {
  const session = useAgentHubSession(accountId)
  const recheck = useSessionRecheck(accountId)
  const catalog = useToolCatalog(accountId)
  const queries = useQueryClient()
  const [view, setView] = useState<View>({ kind: 'list' })
  const [filter, setFilter] = useState<ExecutionFilterInput>({})
  const { t } = useTranslation('aiAgents')
  // What was saved, not a sentence: it reads in the language shown now.
  const [saved, setSaved] = useState<{ name: string; version: number }>()

  if (!session.data) {
    return (
      <QueryState
        query={session}
        queryKey={agentHubKeys.session(accountId)}
        source={{ provider: 'agenthub', account: accountLabel }}
        loading={t('workspace.connecting', { account: accountLabel })}
        empty={false}
      >
        {null}
      </QueryState>
    )
  }
  const { user, abilities, denials, permissions, permissionsUnavailable } = session.data

  return (
    <>
      <section className="card identity" aria-label={t('workspace.signedIn')}>
        <UserRound aria-hidden size={20} />
        <div>
          <strong>{user.fullname ?? user.email ?? t('workspace.unknownUser')}</strong>
          <span className="muted">
            {' '}
            ·{' '}
            {t('workspace.details', {
              email: user.email ?? t('workspace.noEmail'),
              role: user.roleId ?? t('workspace.unknownRole'),
              account: accountLabel,
            })}
          </span>
        </div>
        <nav className="tabs" aria-label={t('workspace.views')}>
          <button
            type="button"
            className="button tab"
            aria-current={view.kind !== 'executions' ? 'page' : undefined}
            onClick={() => setView({ kind: 'list' })}
          >
            {t('workspace.overrides')}
          </button>
          <button
            type="button"
            className="button tab"
            aria-current={view.kind === 'executions' ? 'page' : undefined}
            onClick={() => setView({ kind: 'executions' })}
          >
            {t('workspace.executions')}
          </button>
        </nav>
        <button
          type="button"
          className="button"
          title={t('workspace.recheckHint')}
          disabled={recheck.isPending}
          onClick={() => recheck.mutate()}
        >
          <RefreshCw aria-hidden size={14} /> {recheck.isPending ? t('workspace.rechecking') : t('workspace.recheck')}
        </button>
        <PermissionList permissions={permissions} unavailable={permissionsUnavailable} />
        {recheck.error && <ErrorNotice error={recheck.error} />}
      </section>
      {/* Reading the session again failed: what it said before stays, under the failure. */}
      {session.error && (
        <ErrorNotice error={session.error} since={session.errorUpdatedAt}>
          <TryAgain onClick={() => void session.refetch()} />
        </ErrorNotice>
      )}
      {catalog.error && (
        <ErrorNotice error={catalog.error} since={catalog.errorUpdatedAt}>
          <TryAgain onClick={() => void catalog.refetch()} />
        </ErrorNotice>
      )}
      {saved && view.kind === 'list' && (
        <p className="notice success" role="status">
          {t('workspace.saved', saved)}
        </p>
      )}
      {view.kind === 'list' && (
        <OverrideList
          accountId={accountId}
          accountLabel={accountLabel}
          abilities={abilities}
          denials={denials}
          onOpen={(override) => {
            setSaved(undefined)
            setView({ kind: 'edit', override })
          }}
          onCreate={() => {
            setSaved(undefined)
            setView({ kind: 'edit' })
          }}
          onExecutions={(agentName) => {
            setFilter({ agentName })
            setView({ kind: 'executions' })
          }}
        />
      )}
      {view.kind === 'edit' && (
        <OverrideEditor
          accountId={accountId}
          {...(view.override ? { override: view.override } : {})}
          catalog={catalog.data}
          abilities={abilities}
          denials={denials}
          onCancel={() => setView({ kind: 'list' })}
          onSaved={(override) => {
            void queries.invalidateQueries({ queryKey: ['agenthub', accountId, 'overrides'] })
            setSaved({ name: override.agentName, version: override.recordVersion })
            setView({ kind: 'list' })
          }}
        />
      )}
      {view.kind === 'executions' && (
        <ExecutionList
          accountId={accountId}
          accountLabel={accountLabel}
          allowed={abilities.viewExecutions}
          denials={denials}
          filter={filter}
          onFilter={setFilter}
        />
      )}
    </>
  )
}
