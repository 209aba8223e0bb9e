import { useQuery } from '@tanstack/react-query'

import type { AvatarAgentView } from '../../../../../shared/domain/avatar-views'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { useClient } from '../../../ipc/client-context'

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : 'Never'

const duration = (seconds: number | null) => {
  if (seconds === null) return '—'
  const minutes = Math.floor(seconds / 60)
  return minutes > 0 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.round(seconds)} s`
}

const languageNames: Record<string, string> = { en: 'English', vi: 'Vietnamese' }

/** The AI avatar platform's agents, newest first, with their session figures and pictures. */
export function AvatarAgentsView({ accountId }: { accountId: string }) {
  const client = useClient()
  const agents = useQuery({
    queryKey: ['avatar', accountId, 'agents'],
    queryFn: () => client.call('avatar.listAgents', { accountId }),
  })
  if (agents.isPending) return <p className="muted">Loading avatar agents…</p>
  if (agents.isError) return <ErrorNotice error={agents.error} />
  if (agents.data.length === 0) return <p className="muted">This account has no avatar agents yet.</p>
  return (
    <section aria-labelledby="avatar-agents-title">
      <h2 id="avatar-agents-title" className="visually-hidden">
        Avatar agents
      </h2>
      <ul className="avatar-grid" aria-label="Avatar agents, newest first">
        {agents.data.map((agent) => (
          <li key={agent.agentId} className="card avatar-card">
            <AvatarCard accountId={accountId} agent={agent} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function AvatarCard({ accountId, agent }: { accountId: string; agent: AvatarAgentView }) {
  return (
    <article aria-labelledby={`avatar-${agent.agentId}`}>
      <header className="avatar-head">
        <Picture accountId={accountId} agent={agent} />
        <div>
          <h3 id={`avatar-${agent.agentId}`}>{agent.name}</h3>
          <p className="muted">
            <span className={agent.status === 'active' ? 'ok-badge' : 'muted-badge'}>
              {agent.status === 'active' ? 'Active' : agent.status === 'inactive' ? 'Inactive' : agent.status}
            </span>{' '}
            · {languageNames[agent.language ?? ''] ?? agent.language ?? 'Language not set'}
            {agent.avatarName ? ` · ${agent.avatarName}` : ''}
          </p>
        </div>
      </header>
      <dl className="facts avatar-stats">
        <dt>Sessions</dt>
        <dd>{agent.totalSessions.toLocaleString()}</dd>
        <dt>Average length</dt>
        <dd>{duration(agent.avgDurationSeconds)}</dd>
        <dt>Last used</dt>
        <dd>{when(agent.lastUsedAt)}</dd>
        <dt>Updated</dt>
        <dd>{when(agent.updatedAt)}</dd>
      </dl>
      {agent.customGreeting && <blockquote className="greeting">“{agent.customGreeting}”</blockquote>}
    </article>
  )
}

/** The picture, fetched by the main process; initials while it loads or when there is none. */
function Picture({ accountId, agent }: { accountId: string; agent: AvatarAgentView }) {
  const client = useClient()
  const picture = useQuery({
    queryKey: ['avatar', accountId, 'picture', agent.agentId],
    queryFn: () => client.call('avatar.picture', { accountId, agentId: agent.agentId }),
    enabled: agent.hasPicture,
    staleTime: Number.POSITIVE_INFINITY,
  })
  const dataUrl = picture.data?.dataUrl
  if (dataUrl) return <img className="avatar-picture" src={dataUrl} alt={`Avatar of ${agent.name}`} />
  const initials = agent.name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
  return (
    <span className="avatar-picture initials" role="img" aria-label={`No picture for ${agent.name}`}>
      {initials}
    </span>
  )
}
