import { FlaskConical } from 'lucide-react'

/** Says plainly that what is on screen is simulated, and how to leave. */
export function DemoBanner({ onLeave }: { onLeave: () => void }) {
  return (
    <div className="demo-banner" role="note">
      <FlaskConical aria-hidden size={16} />
      <span>Demo workspace: five simulated providers run on this computer, with made-up people and calls.</span>
      <button type="button" className="button small" onClick={onLeave}>
        Leave the demo
      </button>
    </div>
  )
}
