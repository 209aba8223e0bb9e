import { within } from '@testing-library/react'

/** What each cell of a table row says, across (row headers left out), as a person reads the row. */
export function cellTexts(row: HTMLElement | undefined): Array<string | null> {
  if (!row) throw new Error('The table has no such row')
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)
}
