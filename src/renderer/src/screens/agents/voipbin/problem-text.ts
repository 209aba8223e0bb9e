import type { TFunction } from 'i18next'

import { voipbinAddressTypes } from '../../../../../shared/domain/voipbin-forms'
import { voipbin as english } from '../../../../../shared/i18n/en/voipbin'

type Problems = typeof english.problems
type FixedKey = { [K in keyof Problems]: Problems[K] extends string ? K : never }[keyof Problems]

const fixed = [
  'chooseType',
  'enterAddress',
  'telSpaces',
  'telPlus',
  'telDigits',
  'extension',
  'sipScheme',
  'sip',
  'email',
  'enterUsername',
  'usernameSpaces',
  'enterPassword',
  'ringMethod',
  'permission',
] as const satisfies ReadonlyArray<FixedKey>

const templates = ['atMost', 'atLeast', 'notText'] as const satisfies ReadonlyArray<FixedKey>

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The values a message fills a template's {{placeholders}} with, when the message is that template. */
function readTemplate(template: string, message: string): Record<string, string> | undefined {
  const names: string[] = []
  const source = template
    .split(/\{\{(\w+)\}\}/)
    .map((part, index) => {
      if (index % 2 === 0) return escape(part)
      names.push(part)
      return '(.+?)'
    })
    .join('')
  const found = new RegExp(`^${source}$`).exec(message)
  if (!found) return undefined
  return Object.fromEntries(names.map((name, index) => [name, found[index + 1] ?? '']))
}

/** A field named in a message ("Username", "Phone number"), in the current language. */
function fieldWord(word: string, t: TFunction<'voipbin'>): string | undefined {
  const field = (Object.keys(english.problems.field) as Array<keyof Problems['field']>).find(
    (key) => english.problems.field[key] === word,
  )
  if (field) return t(`problems.field.${field}`)
  const type = voipbinAddressTypes.find((known) => english.addressType[known] === word)
  return type && t(`addressType.${type}`)
}

/**
 * A message of the shared checks (addressProblem, addressesSchema, newAgentSchema), which are
 * written in English, in the current language. Only a message that is word for word one the
 * English resource lists is translated; any other is shown as it came, so a reworded check is
 * never mistranslated.
 */
export function problemText(message: string, t: TFunction<'voipbin'>): string {
  const key = fixed.find((candidate) => english.problems[candidate] === message)
  if (key) return t(`problems.${key}`)
  const type = voipbinAddressTypes.find((candidate) => english.problems.enterTarget[candidate] === message)
  if (type) return t(`problems.enterTarget.${type}`)
  const many = readTemplate(english.problems.tooManyAddresses, message)
  if (many?.max && /^\d+$/.test(many.max)) return t('problems.tooManyAddresses', { max: Number(many.max) })
  // The type's label has spaces of its own ("Phone number"), so try each label in turn.
  for (const known of voipbinAddressTypes) {
    const twice = readTemplate(english.problems.listedTwice.replace('{{type}}', english.addressType[known]), message)
    if (twice?.target) return t('problems.listedTwice', { type: t(`addressType.${known}`), target: twice.target })
  }
  for (const template of templates) {
    const parts = readTemplate(english.problems[template], message)
    if (!parts?.field) continue
    const field = fieldWord(parts.field, t)
    const numbers = Object.entries(parts).every(([name, value]) => name === 'field' || /^\d+$/.test(value))
    if (field && numbers) return t(`problems.${template}`, { ...parts, field })
  }
  return message
}
