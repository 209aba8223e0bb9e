import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { createLogger } from '../main/core/logger'

import { startHarness } from './harness-server'

/**
 * `npm run dev:browser`: the real services and the built renderer in any browser.
 * AGENTDESK_DATA_DIR keeps settings between runs; otherwise every run starts fresh.
 */
async function main(): Promise<void> {
  const rendererDir = resolve('out/renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write('The renderer is not built. Run `npm run build` first.\n')
    process.exit(1)
  }
  const dataDir = process.env.AGENTDESK_DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'agentdesk-harness-')))
  const port = Number(process.env.AGENTDESK_HARNESS_PORT ?? 0)
  const harness = await startHarness({
    rendererDir,
    dataDir,
    port,
    logger: createLogger(),
    version: process.env.npm_package_version,
    // The harness opens on the demo workspace unless AGENTDESK_DEMO=0.
    demo: process.env.AGENTDESK_DEMO !== '0',
  })
  process.stdout.write(`AgentDesk browser harness (development only)\n  open: ${harness.url}\n  data: ${dataDir}\n`)
  const stop = () => void harness.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
