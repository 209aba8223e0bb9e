/**
 * Whether two pieces of plain data (what zod parses and JSON carries: objects, arrays, strings,
 * numbers, booleans, null) say the same, field by field. The board compares 5,000 calls a poll
 * with it: each call is a flat object, so this stops at the first field that differs and never
 * builds a string, as JSON.stringify of both would.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let index = 0; index < a.length; index += 1) if (!sameData(a[index], b[index])) return false
    return true
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left)
  if (keys.length !== Object.keys(right).length) return false
  for (const key of keys) {
    if (!Object.hasOwn(right, key) || !sameData(left[key], right[key])) return false
  }
  return true
}
