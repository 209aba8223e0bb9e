/** Shown when the page was opened without a way to reach the services. */
export function NotConnected() {
  return (
    <main className="not-connected">
      <h1>AgentDesk cannot reach its services</h1>
      <p>
        This page needs the desktop app, or the browser harness started with <code>npm run dev:browser</code>. Open the
        address the harness prints: it carries this run&apos;s access token.
      </p>
    </main>
  )
}
