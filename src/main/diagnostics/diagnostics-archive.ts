import { zipSync, type Zippable } from 'fflate'

import { redactSecretForms, secretForms } from '../core/known-secrets'

/** One file of the archive, by its path inside the zip ("logs/main.log"). */
export interface DiagnosticsEntry {
  readonly path: string
  readonly bytes: Uint8Array
  /** Text (logs, JSON) is redacted as text; anything else (a crash dump) byte by byte. */
  readonly text: boolean
}

/**
 * The diagnostics archive: one zip of the given files, each scrubbed of every secret first.
 * Text is redacted form by form (raw, base64, URL-encoded, hex, JSON-escaped); then every file,
 * text or not, is searched byte by byte for each form in UTF-8 and UTF-16LE (how Windows keeps
 * strings in memory), which a crash dump, a copy of the process's memory, may well hold. Those
 * bytes are overwritten in place with '*', so a minidump keeps its layout and stays readable.
 */
export function buildDiagnosticsArchive(
  entries: ReadonlyArray<DiagnosticsEntry>,
  secrets: ReadonlyArray<string>,
  modified: Date,
): Uint8Array {
  const files: Zippable = {}
  for (const entry of entries) {
    const bytes = entry.text
      ? new TextEncoder().encode(redactSecretForms(new TextDecoder().decode(entry.bytes), secrets))
      : entry.bytes
    files[entry.path] = [maskSecretBytes(bytes, secrets), { mtime: modified }]
  }
  return zipSync(files, { level: 6 })
}

/** A copy of the bytes with every occurrence of each secret's forms (UTF-8 and UTF-16LE) masked. */
export function maskSecretBytes(bytes: Uint8Array, secrets: ReadonlyArray<string>): Uint8Array {
  const masked = Buffer.from(bytes)
  for (const secret of secrets) {
    for (const form of secretForms(secret)) {
      for (const needle of [Buffer.from(form, 'utf8'), Buffer.from(form, 'utf16le')]) {
        let at = masked.indexOf(needle)
        while (at !== -1) {
          masked.fill('*', at, at + needle.length)
          at = masked.indexOf(needle, at + needle.length)
        }
      }
    }
  }
  return new Uint8Array(masked.buffer, masked.byteOffset, masked.byteLength)
}
