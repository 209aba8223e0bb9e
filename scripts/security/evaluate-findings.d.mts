/** One row of electronegativity's CSV. */
export interface Finding {
  check: string
  severity: string
  confidence: string
  file: string
  location: string
  sample: string
}

/** A finding a person reviewed: matched by check, file and code sample. */
export interface ReviewedFinding {
  check: string
  file: string
  sample: string
  reason?: string
}

export function parseFindingsCsv(text: string): Finding[]
export function evaluateFindings(
  findings: ReadonlyArray<Finding>,
  reviewed: ReadonlyArray<ReviewedFinding>,
): { failing: Finding[]; stale: ReviewedFinding[] }
