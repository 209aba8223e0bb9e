import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** `../shared` beside the checkout: the provider documents the tests hold the clients to. */
export function sharedDir(): string {
  const dir = resolve(repoRoot, '..', 'shared')
  if (!existsSync(resolve(dir, 'specs'))) {
    throw new Error(`The provider documents are missing: expected ${dir}/specs beside the checkout.`)
  }
  return dir
}
