import { describe, expect, it } from 'vitest'

import { definedOnly } from '../../src/shared/defined-only'

describe('definedOnly', () => {
  it('leaves out undefined properties and keeps every other value, null and false included', () => {
    const patch: { a: number; b?: string | undefined; c?: null | undefined; d?: boolean | undefined } = {
      a: 1,
      b: undefined,
      c: null,
      d: false,
    }
    const result = definedOnly(patch)
    expect(result).toEqual({ a: 1, c: null, d: false })
    expect(Object.keys(result)).not.toContain('b')
  })
})
