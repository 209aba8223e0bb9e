import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { delimiter, join, relative } from 'node:path'

/**
 * A real `nats-server` (JetStream on) that this process started and stops by its own pid: the
 * relay's trial mode and the tests use it. It listens on loopback only; the first start picks a
 * free port and every restart takes the same one, so desks reconnect to the address they know.
 */
export interface NatsServerProcess {
  /** `nats://127.0.0.1:<port>` (or `tls://` when started with a certificate). */
  readonly url: string
  readonly port: number
  readonly pid: number
  /** Where JetStream keeps the streams: it survives a restart. */
  readonly storeDir: string
  readonly configPath: string
  stop(): Promise<void>
  /** Stops and starts again on the same port and store. */
  restart(): Promise<void>
  /** Asks the server to read its configuration again (SIGHUP): new desk users without a restart. */
  reload(): Promise<void>
}

export interface NatsServerOptions {
  /** A folder of its own: configuration, JetStream store and log go in it. */
  readonly dir: string
  /** A path to include as the `authorization` block (written by the desk-users command); none: anyone may connect. */
  readonly authorizationPath?: string
  /** Serve TLS with this certificate and key (PEM paths). */
  readonly tls?: { readonly certPath: string; readonly keyPath: string }
  readonly port?: number
  /** Serve nats-server's HTTP monitoring (/connz, /varz) on this loopback port: the benchmark reads each desk's bytes there. */
  readonly monitorPort?: number
}

/** Debian installs it in /usr/sbin, which is not on every user's PATH. */
export function natsServerBinary(): string | null {
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/bin']
  for (const folder of folders) {
    if (folder && existsSync(join(folder, 'nats-server'))) return join(folder, 'nats-server')
  }
  return null
}

export async function startNatsServer(options: NatsServerOptions): Promise<NatsServerProcess> {
  const binary = natsServerBinary()
  if (!binary) throw new Error('nats-server is not installed (Debian: apt-get install nats-server)')
  const storeDir = join(options.dir, 'jetstream')
  await mkdir(storeDir, { recursive: true })
  const configPath = join(options.dir, 'nats-server.conf')
  let port = options.port ?? -1
  await writeFile(configPath, serverConfig({ ...options, storeDir }, port), { mode: 0o600 })

  let child: ChildProcess
  let exited: Promise<void>
  const launch = async () => {
    await writeFile(configPath, serverConfig({ ...options, storeDir }, port), { mode: 0o600 })
    child = spawn(binary, ['-c', configPath], { stdio: ['ignore', 'ignore', 'pipe'] })
    exited = new Promise((resolve) => child.once('exit', () => resolve()))
    // Read its log for as long as it runs: a full pipe would stop the server mid-write.
    child.stderr?.on('data', () => undefined)
    port = await listeningPort(child)
  }
  await launch()

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  return {
    get url() {
      return `${options.tls ? 'tls' : 'nats'}://127.0.0.1:${port}`
    },
    get port() {
      return port
    },
    get pid() {
      return child.pid ?? -1
    },
    storeDir,
    configPath,
    stop,
    async restart() {
      await stop()
      await launch()
    },
    async reload() {
      child.kill('SIGHUP')
      // The server logs the reload once it has applied it.
      await waitForLine(child, /Reloaded server configuration/, 10_000)
    },
  }
}

function serverConfig(options: NatsServerOptions & { storeDir: string }, port: number): string {
  const lines = [
    `listen: "127.0.0.1:${port}"`,
    `jetstream { store_dir: ${JSON.stringify(options.storeDir)} }`,
    // The desk-users command finds the server here to make it reload the users it just wrote.
    `pid_file: ${JSON.stringify(join(options.dir, 'nats-server.pid'))}`,
    // The relay's events are small; a supervisor's first read of a big tenant is many small reads.
    'max_payload: 1048576',
  ]
  if (options.monitorPort !== undefined) lines.push(`http: "127.0.0.1:${options.monitorPort}"`)
  if (options.tls) {
    lines.push(
      `tls { cert_file: ${JSON.stringify(options.tls.certPath)}, key_file: ${JSON.stringify(options.tls.keyPath)} }`,
    )
  }
  if (options.authorizationPath) {
    // nats-server joins an include onto the config's folder even when it is absolute: say it relative.
    lines.push(`include ${JSON.stringify(relative(options.dir, options.authorizationPath))}`)
  }
  return `${lines.join('\n')}\n`
}

async function listeningPort(child: ChildProcess): Promise<number> {
  // One reader for both lines: they often arrive in one chunk.
  const log = await waitForLine(child, /Server is ready/, 15_000)
  const port = Number(/Listening for client connections on [^\n]*:(\d+)\s*\n/.exec(log)?.[1])
  if (!Number.isInteger(port) || port <= 0) throw new Error(`nats-server did not say its port:\n${log}`)
  return port
}

/** Resolves with the log up to the first stderr line matching; rejects when the server exits or takes too long. */
function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  const stderr = child.stderr
  if (!stderr) return Promise.reject(new Error('nats-server has no stderr to read'))
  return new Promise((resolve, reject) => {
    let buffered = ''
    let seen = ''
    const done = (settle: () => void) => {
      clearTimeout(timer)
      stderr.off('data', onData)
      child.off('exit', onExit)
      settle()
    }
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        seen = `${seen}${line}\n`.slice(-16_000)
        if (pattern.test(line)) {
          done(() => resolve(seen))
          return
        }
      }
    }
    const onExit = () => done(() => reject(new Error(`nats-server exited:\n${seen}`)))
    const timer = setTimeout(
      () => done(() => reject(new Error(`nats-server did not say ${pattern}:\n${seen}`))),
      timeoutMs,
    )
    stderr.on('data', onData)
    child.once('exit', onExit)
  })
}
