import { screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

/** Types each value into the field labelled with its key, in order, as a person fills a form in. */
export async function fillIn(user: UserEvent, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await user.type(screen.getByLabelText(label), value)
}

/** What the fields with these labels hold now, by label: to see that what was typed is kept. */
export function valuesOf(...labels: string[]): Record<string, string> {
  return Object.fromEntries(labels.map((label) => [label, screen.getByLabelText<HTMLInputElement>(label).value]))
}
