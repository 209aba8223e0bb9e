import type { TFunction } from 'i18next'

const known = ['success', 'error', 'timeout'] as const
type KnownStatus = (typeof known)[number]

const isKnown = (status: string): status is KnownStatus => (known as ReadonlyArray<string>).includes(status)

/** An execution's status in words; a status AgentHub adds later is shown as it comes. */
export const statusText = (status: string, t: TFunction<'aiAgents'>): string =>
  isKnown(status) ? t(`statuses.${status}`) : status
