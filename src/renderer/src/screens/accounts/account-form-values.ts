import i18next from 'i18next'
import type { FieldErrors, Resolver } from 'react-hook-form'

import {
  accountDraftSchema,
  defaultBaseUrls,
  secretInputSchema,
  type AccountDraft,
  type AccountView,
  type Tel4vnSignIn,
} from '../../../../shared/domain/accounts'
import type { ProviderId } from '../../../../shared/domain/providers'

/** The form's fields: flat strings and booleans, as inputs hold them. */
export interface AccountFormValues {
  provider: ProviderId
  label: string
  baseUrl: string
  tenantId: string
  roleKind: 'agent' | 'supervisor'
  extension: string
  pollingEnabled: boolean
  intervalSeconds: string
  /** Tel4vn: the token as the document shows it, or the public docs' key exchange. */
  tel4vnSignIn: Tel4vnSignIn
  /** VoIPbin: empty when the token names the customer. */
  voipbinCustomerId: string
  secret: string
}

/** A blank form for a provider, with its documented base URL filled in. */
export function emptyForm(provider: ProviderId = 'alohub'): AccountFormValues {
  return {
    provider,
    label: '',
    baseUrl: defaultBaseUrls[provider],
    tenantId: '',
    roleKind: 'supervisor',
    extension: '',
    pollingEnabled: true,
    intervalSeconds: '',
    tel4vnSignIn: 'token',
    voipbinCustomerId: '',
    secret: '',
  }
}

/** The form filled from an existing account; the key field starts empty (it is never sent back). */
export function formFromAccount(account: AccountView): AccountFormValues {
  return {
    provider: account.provider,
    label: account.label,
    baseUrl: account.baseUrl,
    tenantId: account.tenantId ?? '',
    roleKind: account.role.kind,
    extension: account.role.kind === 'agent' ? account.role.extension : '',
    pollingEnabled: account.polling.enabled,
    intervalSeconds: account.polling.intervalSeconds === null ? '' : String(account.polling.intervalSeconds),
    tel4vnSignIn: account.tel4vnSignIn ?? 'token',
    voipbinCustomerId: account.voipbinCustomerId ?? '',
    secret: '',
  }
}

/** The form as the draft the main process validates again. */
export function draftFromForm(values: AccountFormValues): AccountDraft {
  const interval = values.intervalSeconds.trim()
  return {
    provider: values.provider,
    label: values.label,
    baseUrl: values.baseUrl,
    tenantId: values.provider === 'alohub' && values.tenantId.trim() ? values.tenantId.trim() : null,
    role: values.roleKind === 'agent' ? { kind: 'agent', extension: values.extension } : { kind: 'supervisor' },
    polling: { enabled: values.pollingEnabled, intervalSeconds: interval === '' ? null : Number(interval) },
    ...(values.provider === 'tel4vn' ? { tel4vnSignIn: values.tel4vnSignIn } : {}),
    ...(values.provider === 'voipbin' ? { voipbinCustomerId: values.voipbinCustomerId.trim() || null } : {}),
  }
}

const fieldOfPath: Readonly<Record<string, keyof AccountFormValues>> = {
  provider: 'provider',
  label: 'label',
  baseUrl: 'baseUrl',
  tenantId: 'tenantId',
  'role.extension': 'extension',
  'polling.intervalSeconds': 'intervalSeconds',
  voipbinCustomerId: 'voipbinCustomerId',
}

/**
 * Validates with the same schema as the main process, and maps its paths onto the form's
 * fields. The key is required when adding; when editing, empty keeps the stored one, unless
 * the Tel4vn sign-in way changed (a token and an API key are not the same secret).
 */
export function accountFormResolver(
  editing?: Pick<AccountView, 'provider' | 'tel4vnSignIn'>,
): Resolver<AccountFormValues> {
  return async (values) => {
    const errors: FieldErrors<AccountFormValues> = {}
    const interval = values.intervalSeconds.trim()
    if (interval !== '' && !/^\d+$/.test(interval)) {
      errors.intervalSeconds = { type: 'pattern', message: i18next.t('form.wholeSeconds', { ns: 'accounts' }) }
    }
    const parsed = accountDraftSchema.safeParse(draftFromForm(values))
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath[issue.path.join('.')]
        if (field && !errors[field]) errors[field] = { type: 'schema', message: issue.message }
      }
    }
    const signInChanged = editing?.provider === 'tel4vn' && (editing.tel4vnSignIn ?? 'token') !== values.tel4vnSignIn
    if (signInChanged && values.secret === '') {
      errors.secret = { type: 'required', message: i18next.t('form.secretForNewSignIn', { ns: 'accounts' }) }
    } else if (!editing || values.secret !== '') {
      const secret = secretInputSchema.safeParse(values.secret)
      if (!secret.success)
        errors.secret = {
          type: 'schema',
          message: secret.error.issues[0]?.message ?? i18next.t('form.invalidKey', { ns: 'accounts' }),
        }
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} }
  }
}
