import type { TFunction } from 'i18next'

import type { AccountDraft, ConnectionTestResult } from '../../../../shared/domain/accounts'

/** The account a connection test was run for: enough to say where its provider's paths begin. */
export type TestedAccount = Pick<AccountDraft, 'provider' | 'tel4vnSignIn'>

/**
 * What a connection test says, in the language shown now where the renderer has the words: when
 * nothing answered at the path (not_found), where the provider's base URL ends, in its document's
 * terms; otherwise main's message as it came.
 */
export function connectionMessage(
  t: TFunction<'accounts'>,
  result: ConnectionTestResult,
  tested: TestedAccount | undefined,
): string {
  if (result.outcome !== 'not_found' || !tested) return result.message
  const hint = t(`test.notFound.${tested.provider}`)
  return tested.provider === 'tel4vn' && tested.tel4vnSignIn === 'key_exchange'
    ? `${hint} ${t('test.notFound.tel4vnNoKeyExchange')}`
    : hint
}
