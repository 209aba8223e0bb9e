/**
 * The secrets this process has seen (every key read from or written to the keychain), so that
 * whatever leaves the process for a person to read (the log file, a diagnostics archive) can be
 * scrubbed of them. A secret is hidden in each form it is commonly written in: a header, a JSON
 * string, a query string, Basic-style base64 and hex all carry the same key.
 */
export interface KnownSecrets {
  /** Remembers a secret; short ones (under 4 characters) are ignored, as by the HTTP layer's redaction. */
  add(secret: string | undefined): void
  all(): ReadonlyArray<string>
  /** The text with every known secret, in every form, replaced. */
  redact(text: string): string
}

const REDACTED = '[redacted]'
const MIN_SECRET_LENGTH = 4

/** The forms a secret is written in that a reader of a log could turn back into the secret. */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const base64 = bytes.toString('base64')
  const forms = [
    secret,
    base64,
    base64.replace(/=+$/, ''),
    bytes.toString('base64url'),
    encodeURIComponent(secret),
    // Form encoding writes a space as '+'.
    encodeURIComponent(secret).replace(/%20/g, '+'),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    JSON.stringify(secret).slice(1, -1),
  ]
  // Longest first, so a form containing another is replaced whole.
  return [...new Set(forms)].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length)
}

/** Replaces every form of each secret in the text. */
export function redactSecretForms(text: string, secrets: Iterable<string>): string {
  let result = text
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue
    for (const form of secretForms(secret)) result = result.split(form).join(REDACTED)
  }
  return result
}

export function createKnownSecrets(): KnownSecrets {
  const secrets = new Set<string>()
  return {
    add(secret) {
      if (secret && secret.length >= MIN_SECRET_LENGTH) secrets.add(secret)
    },
    all: () => [...secrets],
    redact: (text) => (secrets.size === 0 ? text : redactSecretForms(text, secrets)),
  }
}
