import type { Problem } from '../../shared/i18n/problem'

/**
 * The problem desks are shown when the relay's polls fail. Some of the client's problems advise
 * the account's owner ("paste a new token on Accounts"), and on a desk that advice is wrong: the
 * token is the relay's. Those give desks the provider's own refusal beneath the advice instead;
 * the relay's log tells the admin what to do.
 */
const ownerAdvice: ReadonlySet<string> = new Set(['problems:tel4vn.tokenRefused'])

export function problemForDesks(problem: Problem | null): Problem | null {
  if (problem && ownerAdvice.has(problem.code)) return problem.next ?? null
  return problem
}
