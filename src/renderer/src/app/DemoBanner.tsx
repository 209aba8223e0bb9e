import { FlaskConical } from 'lucide-react'
import { useTranslation } from 'react-i18next'

/** Says plainly that what is on screen is simulated, and how to leave. */
export function DemoBanner({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="demo-banner" role="note">
      <FlaskConical aria-hidden size={16} />
      <span>{t('demo.banner')}</span>
      <button type="button" className="button small" onClick={onLeave}>
        {t('demo.leave')}
      </button>
    </div>
  )
}
