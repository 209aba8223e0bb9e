import { Trans, useTranslation } from 'react-i18next'

/** Shown when the page was opened without a way to reach the services. */
export function NotConnected() {
  const { t } = useTranslation('live')
  return (
    <main className="not-connected">
      <h1>{t('notConnected.title')}</h1>
      <p>
        <Trans t={t} i18nKey="notConnected.body" components={{ code: <code /> }} />
      </p>
    </main>
  )
}
