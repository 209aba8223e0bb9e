import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { proxyCredentialsSchema, type ProxyAuthRequest, type ProxyCredentialsInput } from '../../../shared/domain/proxy'
import { Field } from '../components/Field'
import { fieldWiring } from '../components/field-wiring'
import { useClient, useEvent } from '../ipc/client-context'

const blank: ProxyCredentialsInput = { username: '', password: '' }

/**
 * The proxy sign-in, over any screen, when a proxy answered 407: which proxy, user name and
 * password. The password input is not controlled (it never lands in a DOM attribute) and is
 * cleared once sent; main keeps it in the keychain and never sends it back.
 */
export function ProxySignIn() {
  const client = useClient()
  const { t } = useTranslation()
  const idPrefix = useId()
  const [waiting, setWaiting] = useState<ProxyAuthRequest[]>([])
  useEffect(() => {
    let live = true
    client.call('proxy.pendingAuth', {}).then(
      // Merged, not replaced: a question that arrived as an event meanwhile must stay.
      (pending) => {
        if (live) setWaiting((list) => [...pending.filter((item) => !list.some((had) => had.id === item.id)), ...list])
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [client])
  useEvent('proxy.authRequested', (request) =>
    setWaiting((list) => [...list.filter((item) => item.id !== request.id), request]),
  )
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ProxyCredentialsInput>({ defaultValues: blank, resolver: zodResolver(proxyCredentialsSchema) })
  const { id, problemOf } = fieldWiring<ProxyCredentialsInput>(idPrefix, errors)
  const current = waiting[0]
  if (!current) return null

  const settle = async (credentials: ProxyCredentialsInput | undefined) => {
    await client
      .call('proxy.answerAuth', { id: current.id, ...(credentials ? { credentials } : {}) })
      .catch(() => undefined)
    reset(blank)
    setWaiting((list) => list.filter((item) => item.id !== current.id))
  }

  return (
    <div className="proxy-sign-in-backdrop">
      <section className="card proxy-sign-in" role="dialog" aria-modal="true" aria-labelledby={`${idPrefix}-title`}>
        <h2 id={`${idPrefix}-title`}>{t('proxyAuth.title')}</h2>
        <p>{t(current.again ? 'proxyAuth.again' : 'proxyAuth.ask', { proxy: current.proxy })}</p>
        <form noValidate onSubmit={(event) => void handleSubmit((credentials) => settle(credentials))(event)}>
          <div className="form-grid">
            <Field id={id('username')} label={t('proxyAuth.username')} problem={problemOf('username')}>
              {(wires) => (
                <input {...wires} {...register('username')} autoComplete="username" spellCheck={false} autoFocus />
              )}
            </Field>
            <Field
              id={id('password')}
              label={t('proxyAuth.password')}
              hint={t('proxyAuth.keep')}
              problem={problemOf('password')}
            >
              {(wires) => (
                <input {...wires} {...register('password')} type="password" autoComplete="current-password" />
              )}
            </Field>
          </div>
          <div className="button-row">
            <button type="submit" className="button primary" disabled={isSubmitting}>
              {t('proxyAuth.signIn')}
            </button>
            <button type="button" className="button" disabled={isSubmitting} onClick={() => void settle(undefined)}>
              {t('proxyAuth.cancel')}
            </button>
          </div>
        </form>
      </section>
    </div>
  )
}
