import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import { z } from 'zod'

import { relayedProviderIds, relayRoleProblem } from '../../../../shared/domain/account-relay'
import {
  accountDraftSchema,
  defaultBaseUrls,
  secretInputSchema,
  tel4vnSignInSchema,
  type AccountDraft,
  type AccountView,
  type Tel4vnSignIn,
} from '../../../../shared/domain/accounts'
import { providerIdSchema, type ProviderId } from '../../../../shared/domain/providers'
import { screenPopProviders } from '../../../../shared/domain/screen-pop'
import { problemMessage } from '../../../../shared/i18n/problem'

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
  /** Tel4vn and VoIPbin: the screen-pop address template; empty for none. */
  screenPopTemplate: string
  screenPopOpenOn: 'click' | 'ring'
  /** VoIPbin agents: set to away after a missed call. */
  awayAfterMissed: boolean
  secret: string
  /** Tel4vn, AloHub supervisors: listen to the team relay instead of polling (its fields stay typed while unticked). */
  relayOn: boolean
  relayUrl: string
  relayTenant: string
  relayUser: string
  /** The relay's NATS password: to the keychain; empty keeps the stored one when editing. */
  relayPassword: string
}

/** What the form needs to know of the account it edits. */
export type EditedAccount = Pick<AccountView, 'provider' | 'tel4vnSignIn' | 'relay' | 'hasRelayPassword'>

/** Which secret an account's form asks for: each provider's own, and Tel4vn's by its way in. */
export type SecretName = ProviderId | 'tel4vnApiKey'

export function secretNameOf(provider: ProviderId, tel4vnSignIn: Tel4vnSignIn): SecretName {
  return provider === 'tel4vn' && tel4vnSignIn === 'key_exchange' ? 'tel4vnApiKey' : provider
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
    screenPopTemplate: '',
    screenPopOpenOn: 'click',
    awayAfterMissed: false,
    secret: '',
    relayOn: false,
    relayUrl: '',
    relayTenant: '',
    relayUser: '',
    relayPassword: '',
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
    screenPopTemplate: account.screenPop?.template ?? '',
    screenPopOpenOn: account.screenPop?.openOn ?? 'click',
    awayAfterMissed: account.voipbinAwayAfterMissed ?? false,
    secret: '',
    relayOn: Boolean(account.relay),
    relayUrl: account.relay?.url ?? '',
    relayTenant: account.relay?.tenant ?? '',
    relayUser: account.relay?.user ?? '',
    relayPassword: '',
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
    ...((relayedProviderIds as ReadonlyArray<string>).includes(values.provider)
      ? {
          relay: values.relayOn
            ? { url: values.relayUrl.trim(), tenant: values.relayTenant.trim(), user: values.relayUser.trim() }
            : null,
        }
      : {}),
    ...(values.provider === 'voipbin' ? { voipbinCustomerId: values.voipbinCustomerId.trim() || null } : {}),
    ...(screenPopProviders.includes(values.provider)
      ? {
          screenPop: values.screenPopTemplate.trim()
            ? { template: values.screenPopTemplate.trim(), openOn: values.screenPopOpenOn }
            : null,
        }
      : {}),
    ...(values.provider === 'voipbin' && values.roleKind === 'agent'
      ? { voipbinAwayAfterMissed: values.awayAfterMissed }
      : {}),
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
  'screenPop.template': 'screenPopTemplate',
  'relay.url': 'relayUrl',
  'relay.tenant': 'relayTenant',
  'relay.user': 'relayUser',
}

const formShape = z.object({
  provider: providerIdSchema,
  label: z.string(),
  baseUrl: z.string(),
  tenantId: z.string(),
  roleKind: z.enum(['agent', 'supervisor']),
  extension: z.string(),
  pollingEnabled: z.boolean(),
  intervalSeconds: z.string(),
  tel4vnSignIn: tel4vnSignInSchema,
  voipbinCustomerId: z.string(),
  screenPopTemplate: z.string(),
  screenPopOpenOn: z.enum(['click', 'ring']),
  awayAfterMissed: z.boolean(),
  secret: z.string(),
  relayOn: z.boolean(),
  relayUrl: z.string(),
  relayTenant: z.string(),
  relayUser: z.string(),
  relayPassword: z.string(),
})

/**
 * The form checked with the same schemas as the main process (the draft as main receives it, its
 * problems put on the form's fields). The key is required when adding; when editing, empty keeps
 * the stored one, unless the Tel4vn sign-in way changed (a token and an API key are not the same
 * secret). Every problem is a catalog code.
 */
export function accountFormSchema(editing?: EditedAccount) {
  return formShape.superRefine((values, context) => {
    const found = new Set<string>()
    const problem = (field: keyof AccountFormValues, message: string) => {
      if (found.has(field)) return
      found.add(field)
      context.addIssue({ code: 'custom', path: [field], message })
    }
    const interval = values.intervalSeconds.trim()
    if (interval !== '' && !/^\d+$/.test(interval))
      problem('intervalSeconds', problemMessage('accounts:form.wholeSeconds'))
    const parsed = accountDraftSchema.safeParse(draftFromForm(values))
    for (const issue of parsed.error?.issues ?? []) {
      const field = fieldOfPath[issue.path.join('.')]
      if (field) problem(field, issue.message)
    }
    const signInChanged = editing?.provider === 'tel4vn' && (editing.tel4vnSignIn ?? 'token') !== values.tel4vnSignIn
    if (signInChanged && values.secret === '') {
      problem('secret', problemMessage('accounts:form.secretForNewSignIn'))
    } else if (values.secret === '' && !editing) {
      // The shared schema cannot know the field's name; the form asks for it by that name.
      const name = secretNameOf(values.provider, values.tel4vnSignIn)
      problem('secret', problemMessage(`accounts:problems.enterSecret.${name}`))
    } else if (values.secret !== '') {
      const secret = secretInputSchema.safeParse(values.secret)
      if (!secret.success)
        problem('secret', secret.error.issues[0]?.message ?? problemMessage('accounts:form.invalidKey'))
    }
    const roleRefusal = values.relayOn ? relayRoleProblem(values.provider, values.roleKind) : null
    if (roleRefusal) problem('relayOn', problemMessage(roleRefusal))
    else if ((relayedProviderIds as ReadonlyArray<string>).includes(values.provider) && values.relayOn) {
      const stored = editing?.relay && editing.hasRelayPassword === true
      if (values.relayPassword === '' && !stored) {
        problem('relayPassword', problemMessage('accounts:problems.relay.enterPassword'))
      } else if (values.relayPassword !== '') {
        const password = secretInputSchema.safeParse(values.relayPassword)
        if (!password.success)
          problem('relayPassword', password.error.issues[0]?.message ?? problemMessage('accounts:form.invalidKey'))
      }
    }
  })
}

/** The form's resolver: `accountFormSchema` through the zod resolver; the form keeps its values as typed. */
export function accountFormResolver(editing?: EditedAccount): Resolver<AccountFormValues> {
  return zodResolver(accountFormSchema(editing), undefined, { raw: true })
}
