/**
 * CSV as Excel opens it without an import wizard: UTF-8 with a byte-order mark (without one,
 * Excel reads the file in the system's code page and "Trần Thị Lan" comes out garbled), CRLF line
 * ends, and RFC 4180 quoting (a field holding a comma, a quote or a line break is quoted, its
 * quotes doubled).
 */

export type CsvValue = string | number | null

const BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * A phone number as providers give it: an optional +, then digits only (E.164 allows 15). Excel
 * reads "+84912345678" as the sum it looks like, a plain number: no function, no cell reference, no
 * DDE can hide in digits, so it is left as it is, readable in any other tool and by a CSV reader.
 */
const PHONE_NUMBER = /^\+?\d{1,15}$/

/**
 * Formula injection (OWASP "CSV Injection", CWE-1236): a cell that begins with =, +, - or @ (or a
 * tab or carriage return before one) is run as a formula by Excel, LibreOffice and Sheets. Names,
 * details and a provider's own words end up here, so such a value is prefixed with an apostrophe:
 * the spreadsheet shows it as text and runs nothing. Phone numbers are the one exception (above).
 */
export function neutraliseFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value) || PHONE_NUMBER.test(value)) return value
  return `'${value}`
}

/** One field: neutralised, then quoted when it holds a comma, a quote or a line break. */
export function csvField(value: CsvValue): string {
  if (value === null) return ''
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The whole file: BOM, the header row, one line per row, each ended by CRLF. */
export function buildCsv(header: ReadonlyArray<string>, rows: Iterable<ReadonlyArray<CsvValue>>): Buffer {
  const lines = [header.map(csvField).join(',')]
  for (const row of rows) lines.push(row.map(csvField).join(','))
  return Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8')
}
