import { useTranslation } from 'react-i18next'

import { ErrorNotice } from './ErrorNotice'

/** The offer of the demo workspace, for screens that have nothing to show yet. */
export function TryDemo({ demo }: { demo: { starting: boolean; error: unknown; start: () => void } }) {
  const { t } = useTranslation()
  return (
    <>
      <button type="button" className="button" onClick={demo.start} disabled={demo.starting}>
        {demo.starting ? t('demo.starting') : t('demo.try')}
      </button>
      {demo.error !== undefined && <ErrorNotice error={demo.error} />}
    </>
  )
}
