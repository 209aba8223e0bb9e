import { useTranslation } from 'react-i18next'

import type { AgentHubSession } from '../../../../shared/domain/agenthub-views'
import type { Problem } from '../../../../shared/i18n/problem'
import { problemText } from '../../data/problem-text'
import { currentLocale } from '../../i18n/i18n'

type Permission = AgentHubSession['permissions'][number]

/**
 * The user's effective permissions as AgentHub lists them: each name as the server spells it,
 * its answer, and the role, subject, object and tenant where the record gives them. Folded away:
 * most users never need it, and it explains a disabled action when they do. When AgentHub did
 * not list them (`unavailable`, its reason), that is said instead, in place of an empty list.
 */
export function PermissionList({
  permissions,
  unavailable,
}: {
  permissions: ReadonlyArray<Permission>
  unavailable?: Problem | undefined
}) {
  const { t } = useTranslation('aiAgents')
  const scope = (permission: Permission) =>
    (
      [
        ['role', permission.roleId],
        ['user', permission.subjectUserId],
        ['group', permission.subjectUserGroupId],
        ['object', permission.objectId],
        ['tenant', permission.tenantCodename],
      ] as const
    )
      .filter(([, value]) => value !== null && value !== '')
      .map(([label, value]) => t(`permissionList.${label}`, { value }))

  return (
    <details className="permission-list">
      <summary>
        {unavailable !== undefined
          ? t('permissionList.titleUnavailable')
          : t('permissionList.title', { count: permissions.length.toLocaleString(currentLocale()) })}
      </summary>
      {unavailable !== undefined ? (
        <p className="small" role="note">
          {t('permissionList.unavailable', { reason: problemText(unavailable, t) })}
        </p>
      ) : permissions.length === 0 ? (
        <p className="muted small">{t('permissionList.none')}</p>
      ) : (
        <ul aria-label={t('permissionList.label')}>
          {permissions.map((permission, index) => (
            <li key={permission.id ?? index}>
              <code>{permission.permissionName}</code>{' '}
              <span className={`badge ${permission.canDo ? 'ok-badge' : 'status-error'}`}>
                {permission.canDo ? t('permissionList.allowed') : t('permissionList.denied')}
              </span>
              {scope(permission).length > 0 && <span className="muted small"> · {scope(permission).join(' · ')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{t('permissionList.note')}</p>
    </details>
  )
}
