/** What pack:check learned about the packed app. */
export interface PackedApp {
  /** Every path in app.asar, with a leading slash. */
  entries: ReadonlyArray<string>
  mainBundle: string
  isUnpacked(entry: string): boolean
  unpackedExists(path: string): boolean
  resourceExists(path: string): boolean
  executableExists: boolean
}

export function checkPackedApp(app: PackedApp): string[]
