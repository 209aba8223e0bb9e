import { unzipSync } from 'fflate'

/**
 * Looks for secrets in a diagnostics archive, on its own terms (not the app's redaction list, or
 * the test would agree with the code): each secret raw and in the encodings a log line or a dump
 * could carry it in, searched as bytes in UTF-8 and UTF-16LE in every file of the zip.
 */
export function encodingsOf(secret: string): Record<string, string> {
  const bytes = Buffer.from(secret, 'utf8')
  return {
    raw: secret,
    base64: bytes.toString('base64'),
    base64Unpadded: bytes.toString('base64').replace(/=+$/, ''),
    base64url: bytes.toString('base64url'),
    urlEncoded: encodeURIComponent(secret),
    formEncoded: new URLSearchParams({ k: secret }).toString().slice(2),
    hex: bytes.toString('hex'),
    hexUpper: bytes.toString('hex').toUpperCase(),
    jsonEscaped: JSON.stringify(secret).slice(1, -1),
    bearer: `Bearer ${secret}`,
  }
}

export interface SecretFinding {
  readonly file: string
  readonly secret: string
  readonly encoding: string
}

/** Every place any of the secrets, in any encoding, appears in the archive's files. */
export function findSecretsInZip(zip: Uint8Array, secrets: Record<string, string>): SecretFinding[] {
  const files = unzipSync(zip)
  const findings: SecretFinding[] = []
  for (const [file, content] of Object.entries(files)) {
    const haystack = Buffer.from(content)
    for (const [name, secret] of Object.entries(secrets)) {
      for (const [encoding, form] of Object.entries(encodingsOf(secret))) {
        const found = [Buffer.from(form, 'utf8'), Buffer.from(form, 'utf16le')].some((needle) =>
          haystack.includes(needle),
        )
        if (found) findings.push({ file, secret: name, encoding })
      }
    }
  }
  return findings
}
