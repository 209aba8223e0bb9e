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
  if (!paging || paging.pageCount <= 1) return null
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span className="muted">
        Page {page} of {paging.pageCount} · {paging.totalRowCount} in all
      </span>
      <button
        type="button"
        className="button small"
        disabled={page >= paging.pageCount}
        onClick={() => onPage(page + 1)}
      >
        Next
      </button>
    </nav>
  )
}
