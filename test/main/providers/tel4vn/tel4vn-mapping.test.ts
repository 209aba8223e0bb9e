import { describe, expect, it } from 'vitest'

import { toMonitoredCall, VIETNAM_UTC_OFFSET_MINUTES } from '../../../../src/main/providers/tel4vn/tel4vn-mapping'
import type { Tel4vnMonitorRow } from '../../../../src/main/providers/tel4vn/tel4vn-schemas'

/** The document's first example row. */
const row: Tel4vnMonitorRow = {
  agent_name: 'Test 01',
  call_id: '6a65480c-8bc7-4d4a-9aae-4488d67bf711',
  call_state: 'RINGING',
  call_time: '2021-07-01 09:30:00',
  destination: '0899123456',
  direction: 'outbound',
  domain_name: 'test01.tel4vn.com',
  extension: '101',
  user_id: '41d0f364-79f8-4abb-9834-ee803320ea8d',
  username: 'test01',
}

const map = (overrides: Partial<Tel4vnMonitorRow>) =>
  toMonitoredCall({ ...row, ...overrides }, VIETNAM_UTC_OFFSET_MINUTES)

describe('Tel4vn monitor row as a call', () => {
  it('keeps each field under the name the document gives it', () => {
    expect(map({})).toEqual({
      callId: '6a65480c-8bc7-4d4a-9aae-4488d67bf711',
      state: 'ringing',
      direction: 'outbound',
      extension: '101',
      agentName: 'Test 01',
      username: 'test01',
      userId: '41d0f364-79f8-4abb-9834-ee803320ea8d',
      // "Số điện thoại nhận cuộc gọi": the number receiving the call, not a caller.
      destination: '0899123456',
      startedAt: '2021-07-01T02:30:00.000Z',
      domainName: 'test01.tel4vn.com',
    })
  })

  it('reads the documented directions and guesses none', () => {
    expect(map({ direction: 'inbound' })?.direction).toBe('inbound')
    expect(map({ direction: 'OUTBOUND' })?.direction).toBe('outbound')
    expect(map({ direction: ' Inbound ' })?.direction).toBe('inbound')
    expect(map({ direction: undefined })?.direction).toBeNull()
    expect(map({ direction: null })?.direction).toBeNull()
    expect(map({ direction: '' })?.direction).toBeNull()
    expect(map({ direction: 'internal' })?.direction).toBeNull()
  })

  it('leaves out states the document does not name', () => {
    expect(map({ call_state: 'ONCALL' })?.state).toBe('on_call')
    expect(map({ call_state: 'ringing' })?.state).toBe('ringing')
    expect(map({ call_state: 'OnCall' })?.state).toBe('on_call')
    expect(map({ call_state: 'HANGUP' })).toBeUndefined()
  })
})
