import { useTranslation } from 'react-i18next'

import type { AgentHubAction, AgentHubDenials } from '../../../../shared/domain/agenthub-views'

/**
 * Why an action is off, in the language shown now, or undefined when it is on. AgentHub's own
 * message is quoted as it came: the app has no better words for what the server decided.
 */
export function useDenialText(denials: AgentHubDenials): (action: AgentHubAction) => string | undefined {
  const { t } = useTranslation('aiAgents')
  return (action) => {
    const denial = denials[action]
    if (!denial) return undefined
    if (denial.kind === 'permission') return t('permissions.listedNo', { permission: denial.permissionName })
    const words = { action: t(`permissions.actions.${action}`), status: denial.status, message: denial.message }
    return denial.message ? t('permissions.refused', words) : t('permissions.refusedSilently', words)
  }
}
