import type { TFunction } from 'i18next'

import { readProblem } from '../../../../../shared/i18n/problem'
import { problemText as wordsOf } from '../../../data/problem-text'

/**
 * A message of the shared checks (addressProblem, addressesSchema, newAgentSchema) in the
 * language shown: the checks write a problem (problemMessage: a code of the catalog and its
 * values), which is put into words here. A message that carries none (zod's own words) is shown
 * as it came; nothing is translated back from English.
 */
export function problemText(message: string, t: TFunction<'voipbin'>): string {
  const problem = readProblem(message)
  return problem ? wordsOf(problem, t) : message
}
