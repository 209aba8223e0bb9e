import { useTranslation } from 'react-i18next'

import { currentLocale } from '../../i18n/i18n'

/** AgentHub's paging block, as the lists receive it. */
interface Paging {
  readonly pageCount: number
  readonly totalRowCount: number
}

/** Previous / next through a paged list, with where we are; nothing when it all fits on one page. */
export function Pager({
  paging,
  page,
  onPage,
  label,
}: {
  paging: Paging | null | undefined
  page: number
  onPage: (page: number) => void
  label: string
}) {
  const { t } = useTranslation('aiAgents')
  if (!paging || paging.pageCount <= 1) return null
  const number = (value: number) => value.toLocaleString(currentLocale())
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pager.previous')}
      </button>
      <span className="muted">
        {t('pager.position', {
          page: number(page),
          pages: number(paging.pageCount),
          total: number(paging.totalRowCount),
        })}
      </span>
      <button
        type="button"
        className="button small"
        disabled={page >= paging.pageCount}
        onClick={() => onPage(page + 1)}
      >
        {t('pager.next')}
      </button>
    </nav>
  )
}
