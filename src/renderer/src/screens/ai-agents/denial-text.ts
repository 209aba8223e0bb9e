import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

import type { AgentHubAction, AgentHubDenial, AgentHubDenials } from '../../../../shared/domain/agenthub-views'

/**
 * Why an action is off, in the language shown now, or undefined when it is on. AgentHub's own
 * message is quoted as it came: the app has no better words for what the server decided.
 */
export function useDenialText(denials: AgentHubDenials): (action: AgentHubAction) => string | undefined {
  const { t } = useTranslation('aiAgents')
  return (action) => {
    const denial = denials[action]
    return denial ? denialText(t, action, denial) : undefined
  }
}

/** One denial in words; a refusal about one override (or execution) names it. */
export function denialText(t: TFunction<'aiAgents'>, action: AgentHubAction, denial: AgentHubDenial): string {
  if (denial.kind === 'permission') return t('permissions.listedNo', { permission: denial.permissionName })
  if (denial.object) {
    const words = {
      action: t(`permissions.actionsOn.${action}`),
      object: denial.object.name ?? denial.object.id,
      status: denial.status,
      message: denial.message,
    }
    return denial.message ? t('permissions.refusedOn', words) : t('permissions.refusedOnSilently', words)
  }
  const words = { action: t(`permissions.actions.${action}`), status: denial.status, message: denial.message }
  return denial.message ? t('permissions.refused', words) : t('permissions.refusedSilently', words)
}
