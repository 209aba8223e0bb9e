/** Previous / next through a paged list, with where we are. */
export function Pager({
  page,
  pageCount,
  total,
  onPage,
  label,
}: {
  page: number
  pageCount: number
  total: number
  onPage: (page: number) => void
  label: string
}) {
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span className="muted">
        Page {page} of {Math.max(1, pageCount)} · {total} in all
      </span>
      <button type="button" className="button small" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  )
}
