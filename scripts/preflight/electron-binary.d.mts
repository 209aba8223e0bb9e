export type LocatedElectron = { path: string } | { missing: string }

export type ElectronCheck = { ok: true; version: string } | { ok: false; problem: string }

export interface VersionRun {
  status: number | null
  stdout: string
  stderr: string
  error?: string | undefined
}

export interface LocateOptions {
  packageDir: string
  env?: Record<string, string | undefined>
  exists?: (path: string) => boolean
  readText?: (path: string) => string
}

export interface CheckOptions extends LocateOptions {
  expectedVersion: string
  timeoutMs?: number
  run?: (path: string, timeoutMs: number) => VersionRun
}

export function locateElectronBinary(options: LocateOptions): LocatedElectron
export function checkElectronBinary(options: CheckOptions): ElectronCheck
export function explainElectronProblem(problem: string): string
