import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { AppInfo } from '../../../../shared/ipc/contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { currentLocale } from '../../i18n/i18n'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'

/** Version, platform, and a check that the services answer. */
export function AboutSection() {
  const client = useClient()
  const { t } = useTranslation('settings')
  const [info, setInfo] = useState<AppInfo>()
  const [roundTrip, setRoundTrip] = useState<string>()
  useEffect(() => {
    let alive = true
    void client.call('app.getInfo').then((value) => alive && setInfo(value))
    return () => {
      alive = false
    }
  }, [client])
  const check = useAction(async () => {
    const started = performance.now()
    const answer = await client.call('app.ping', { message: 'settings-check' })
    const elapsed = Math.max(1, Math.round(performance.now() - started))
    setRoundTrip(
      t('about.answered', { elapsed, time: new Date(answer.receivedAt).toLocaleTimeString(currentLocale()) }),
    )
  })
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      <dl className="facts">
        <dt>{t('about.version')}</dt>
        <dd>{info ? `${info.productName} ${info.version}` : '…'}</dd>
        <dt>{t('about.platform')}</dt>
        <dd>{info?.platform ?? '…'}</dd>
        <dt>{t('about.runningAs')}</dt>
        <dd>{info ? (info.transport === 'electron' ? t('about.desktop') : t('about.harness')) : '…'}</dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button" disabled={check.busy} onClick={() => check.run()}>
          {t('about.check')}
        </button>
        {roundTrip && (
          <p className="status-line" role="status">
            {roundTrip}
          </p>
        )}
      </div>
      {check.error !== undefined && <ErrorNotice error={check.error} />}
    </section>
  )
}
