/** Severities at or above which a finding fails the scan unless a person reviewed it. */
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL'])

const SEVERITIES = new Set(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])

/**
 * Parses electronegativity's CSV (quoted fields, commas inside quotes) into objects. A row of the
 * wrong width or with an unknown severity throws: under load the tool once wrote a garbled file,
 * and dropping such rows silently would let an unreviewed finding through.
 */
export function parseFindingsCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (char !== '\r') field += char
  }
  if (field || row.length) rows.push([...row, field])
  const [header, ...body] = rows
  if (!header || header[0]?.trim() !== 'issue') throw new Error('electronegativity wrote no CSV header')
  const filled = body.filter((cells) => cells.some((cell) => cell.trim() !== ''))
  filled.forEach((cells, index) => {
    const line = `row ${index + 2}`
    if (cells.length !== header.length) {
      throw new Error(`electronegativity CSV ${line} has ${cells.length} fields, the header ${header.length}`)
    }
    if (!SEVERITIES.has(cells[1].trim()))
      throw new Error(`electronegativity CSV ${line}: unknown severity "${cells[1]}"`)
  })
  return filled.map(([check, severity, confidence, file, location, sample]) => ({
    check: check.trim(),
    severity: severity.trim(),
    confidence: confidence.trim(),
    file: file.trim(),
    location: location.trim(),
    sample: sample.trim(),
  }))
}

/**
 * Splits findings into those that fail the scan and reviewed entries that matched nothing.
 * A reviewed entry covers exactly one check in one file with one code sample.
 */
export function evaluateFindings(findings, reviewed) {
  const used = new Set()
  const failing = []
  for (const finding of findings) {
    if (!FAILING.has(finding.severity)) continue
    const index = reviewed.findIndex(
      (entry) => entry.check === finding.check && entry.file === finding.file && entry.sample === finding.sample,
    )
    if (index === -1) failing.push(finding)
    else used.add(index)
  }
  const stale = reviewed.filter((_entry, index) => !used.has(index))
  return { failing, stale }
}
