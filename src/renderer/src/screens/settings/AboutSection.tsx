import { useEffect, useState } from 'react'

import type { AppInfo } from '../../../../shared/ipc/contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'

/** Version, platform, and a check that the services answer. */
export function AboutSection() {
  const client = useClient()
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
    setRoundTrip(`Services answered in ${elapsed} ms (at ${new Date(answer.receivedAt).toLocaleTimeString()}).`)
  })
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">About</h2>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{info ? `${info.productName} ${info.version}` : '…'}</dd>
        <dt>Platform</dt>
        <dd>{info?.platform ?? '…'}</dd>
        <dt>Running as</dt>
        <dd>{info ? (info.transport === 'electron' ? 'Desktop app' : 'Browser harness (development)') : '…'}</dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button" disabled={check.busy} onClick={() => check.run()}>
          Check connection to services
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
