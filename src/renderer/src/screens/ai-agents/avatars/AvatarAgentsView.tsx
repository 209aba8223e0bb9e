import { useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

import type { AvatarAgentView } from '../../../../../shared/domain/avatar-views'
import { QueryState } from '../../../components/QueryState'
import { currentLocale } from '../../../i18n/i18n'
import { useClient } from '../../../ipc/client-context'

import { languageName } from './language-name'

type T = TFunction<'aiAgents'>

const when = (iso: string | null, t: T) =>
  iso ? new Date(iso).toLocaleString(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }) : t('avatars.never')

const duration = (seconds: number | null, t: T) => {
  if (seconds === null) return '—'
  const minutes = Math.floor(seconds / 60)
  return minutes > 0
    ? t('avatars.minutesSeconds', { minutes, seconds: Math.round(seconds % 60) })
    : t('avatars.seconds', { seconds: Math.round(seconds) })
}

const agentsKey = (accountId: string) => ['avatar', accountId, 'agents'] as const

/** The AI avatar platform's agents, newest first, with their session figures and pictures. */
export function AvatarAgentsView({ accountId, accountLabel }: { accountId: string; accountLabel: string }) {
  const client = useClient()
  const { t } = useTranslation('aiAgents')
  const agents = useQuery({
    queryKey: agentsKey(accountId),
    queryFn: ({ signal }) => client.call('avatar.listAgents', { accountId }, { signal }),
  })
  return (
    <section aria-labelledby="avatar-agents-title">
      <h2 id="avatar-agents-title" className="visually-hidden">
        {t('avatars.title')}
      </h2>
      <QueryState
        query={agents}
        queryKey={agentsKey(accountId)}
        source={{ provider: 'avatar', account: accountLabel }}
        loading={t('avatars.loading')}
        empty={agents.data?.length === 0 && t('avatars.empty')}
      >
        <ul className="avatar-grid" aria-label={t('avatars.list')}>
          {agents.data?.map((agent) => (
            <li key={agent.agentId} className="card avatar-card">
              <AvatarCard accountId={accountId} agent={agent} />
            </li>
          ))}
        </ul>
      </QueryState>
    </section>
  )
}

function AvatarCard({ accountId, agent }: { accountId: string; agent: AvatarAgentView }) {
  const { t } = useTranslation('aiAgents')
  return (
    <article aria-labelledby={`avatar-${agent.agentId}`}>
      <header className="avatar-head">
        <Picture accountId={accountId} agent={agent} />
        <div>
          <h3 id={`avatar-${agent.agentId}`}>{agent.name}</h3>
          <p className="muted">
            <span className={agent.status === 'active' ? 'ok-badge' : 'muted-badge'}>
              {agent.status === 'active'
                ? t('avatars.active')
                : agent.status === 'inactive'
                  ? t('avatars.inactive')
                  : agent.status}
            </span>{' '}
            · {languageName(agent.language, currentLocale()) ?? t('avatars.languageNotSet')}
            {agent.avatarName ? ` · ${agent.avatarName}` : ''}
          </p>
        </div>
      </header>
      <dl className="facts avatar-stats">
        <dt>{t('avatars.sessions')}</dt>
        <dd>{agent.totalSessions.toLocaleString(currentLocale())}</dd>
        <dt>{t('avatars.averageLength')}</dt>
        <dd>{duration(agent.avgDurationSeconds, t)}</dd>
        <dt>{t('avatars.lastUsed')}</dt>
        <dd>{when(agent.lastUsedAt, t)}</dd>
        <dt>{t('avatars.updated')}</dt>
        <dd>{when(agent.updatedAt, t)}</dd>
      </dl>
      {agent.customGreeting && <blockquote className="greeting">“{agent.customGreeting}”</blockquote>}
    </article>
  )
}

/** The picture, fetched by the main process; initials while it loads or when there is none. */
function Picture({ accountId, agent }: { accountId: string; agent: AvatarAgentView }) {
  const client = useClient()
  const { t } = useTranslation('aiAgents')
  const picture = useQuery({
    queryKey: ['avatar', accountId, 'picture', agent.agentId],
    queryFn: () => client.call('avatar.picture', { accountId, agentId: agent.agentId }),
    enabled: agent.hasPicture,
    staleTime: Number.POSITIVE_INFINITY,
  })
  const dataUrl = picture.data?.dataUrl
  if (dataUrl)
    return <img className="avatar-picture" src={dataUrl} alt={t('avatars.pictureOf', { name: agent.name })} />
  const initials = agent.name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
  return (
    <span className="avatar-picture initials" role="img" aria-label={t('avatars.noPicture', { name: agent.name })}>
      {initials}
    </span>
  )
}
