import { describe, expect, it } from 'vitest'

import { createKnownSecrets } from '../../../src/main/core/known-secrets'
import { encodingsOf } from '../../helpers/secret-search'

describe('known secrets', () => {
  it('hides each known secret in every encoding a log line could carry it in', () => {
    const known = createKnownSecrets()
    const secret = 'tok_9f+/a"b&c d'
    known.add(secret)
    for (const [encoding, form] of Object.entries(encodingsOf(secret))) {
      expect(known.redact(`x ${form} y`), encoding).not.toContain(form)
    }
    expect(known.redact('nothing secret here')).toBe('nothing secret here')
  })

  it('ignores secrets too short to hide without shredding words', () => {
    const known = createKnownSecrets()
    known.add('abc')
    known.add(undefined)
    expect(known.all()).toEqual([])
    expect(known.redact('abc abc')).toBe('abc abc')
  })
})
