import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'

import { RelayUserError } from '../config/relay-error'

/**
 * A secret from stdin, never from the command line (argv shows in `ps` and in shell history):
 * piped (`… credentials set t1 tel4vn < key.txt`), or typed at a prompt that does not echo it.
 */
export async function readSecret(
  what: string,
  stdin: NodeJS.ReadStream = process.stdin,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  const secret = stdin.isTTY ? await promptHidden(`${what}: `, stdin, stderr) : await readAll(stdin)
  const trimmed = secret.trim()
  if (!trimmed) throw new RelayUserError(`No ${what.toLowerCase()} on stdin: nothing was stored.`)
  return trimmed
}

async function readAll(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

async function promptHidden(prompt: string, stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream): Promise<string> {
  stderr.write(prompt)
  // Readline echoes what is typed to its output: give it one that drops everything.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() })
  const reader = createInterface({ input: stdin, output: silent, terminal: true })
  try {
    return await new Promise<string>((resolve) => reader.once('line', resolve))
  } finally {
    reader.close()
    stderr.write('\n')
  }
}
