import { ErrorNotice } from './ErrorNotice'

/** The offer of the demo workspace, for screens that have nothing to show yet. */
export function TryDemo({ demo }: { demo: { starting: boolean; error: unknown; start: () => void } }) {
  return (
    <>
      <button type="button" className="button" onClick={demo.start} disabled={demo.starting}>
        {demo.starting ? 'Starting the demo…' : 'Try the demo workspace'}
      </button>
      {demo.error !== undefined && <ErrorNotice error={demo.error} />}
    </>
  )
}
