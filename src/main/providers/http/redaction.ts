import type { Problem } from '../../../shared/i18n/problem'

/** Query parameters that carry credentials at one provider or another. */
const SECRET_PARAMS = ['token', 'access_token', 'api_key', 'apikey', 'key', 'password', 'secret']

const REDACTED = '[redacted]'

/**
 * Removes known secrets from text. Secrets shorter than 4 characters are ignored: replacing
 * them would shred ordinary words and they are not worth hiding.
 */
export function redactSecrets(text: string, secrets: Iterable<string | undefined>): string {
  let result = text
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue
    result = result.split(secret).join(REDACTED)
  }
  return result
}

/** A URL fit for a log line: no credentials in its query or user info. */
export function redactUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return '[unparseable url]'
  }
  if (parsed.username || parsed.password) {
    parsed.username = ''
    parsed.password = ''
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMS.includes(name.toLowerCase())) parsed.searchParams.set(name, REDACTED)
  }
  return parsed.toString()
}

/** A problem whose parameters (a provider's words, an address, a detail) carry no secret. */
export function redactProblem(problem: Problem, secrets: Iterable<string | undefined>): Problem {
  const known = [...secrets]
  const params = problem.params
    ? Object.fromEntries(
        Object.entries(problem.params).map(([name, value]) => [
          name,
          typeof value === 'string' ? redactSecrets(value, known) : value,
        ]),
      )
    : undefined
  return {
    code: problem.code,
    ...(params ? { params } : {}),
    ...(problem.next ? { next: redactProblem(problem.next, known) } : {}),
  }
}
