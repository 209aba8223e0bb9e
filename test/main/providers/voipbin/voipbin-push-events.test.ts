import { describe, expect, it } from 'vitest'

import { readAgentEvent } from '../../../../src/main/providers/voipbin/voipbin-push-events'

/** An agent object as the document shows one: no customer_id. */
const agent = {
  id: 'f1a2b3c4-d5e6-7890-abcd-ef1234567890',
  username: 'lan.tran',
  name: 'Trần Thị Lan',
  detail: 'Sales floor',
  ring_method: 'ringall',
  status: 'ringing',
  permission: 16,
  tag_ids: [],
  addresses: [],
  tm_create: '2022-10-22 16:16:16.874761',
  tm_update: '2022-10-22 16:20:00.123456',
  tm_delete: '9999-01-01 00:00:00.000000',
}
const read = (message: unknown) => readAgentEvent(JSON.stringify(message))

describe('VoIPbin push payloads', () => {
  it('reads an agent update wrapped in {type, data}', () => {
    expect(read({ type: 'agent_status_updated', data: agent })).toMatchObject({
      id: agent.id,
      username: 'lan.tran',
      status: 'ringing',
      customerId: null,
      updatedAt: '2022-10-22T16:20:00.123Z',
    })
    expect(read({ type: 'agent_updated', data: { ...agent, status: 'busy' } })?.status).toBe('busy')
  })

  it('reads a bare agent object, with its type beside the fields or with none', () => {
    expect(read({ ...agent, type: 'agent_status_updated' })).toMatchObject({ id: agent.id, status: 'ringing' })
    expect(read(agent)).toMatchObject({ id: agent.id, name: 'Trần Thị Lan', status: 'ringing' })
    // The fields that make an agent: id, username and status; the rest may be missing.
    expect(read({ id: 'a-2', username: 'minh', status: 'available' })).toMatchObject({
      id: 'a-2',
      username: 'minh',
      status: 'available',
      name: '',
    })
  })

  it('ignores other events, acknowledgements, junk and objects that are not agents', () => {
    const junk: unknown[] = [
      { type: 'call_ringing', data: { id: 'call-1', status: 'ringing' } },
      // A bare call: it has an id and a status, but no user name.
      { type: 'call_ringing', id: 'call-1', username: 'lan.tran', status: 'ringing' },
      { id: 'call-1', status: 'ringing', source: { target: '+84901234567' } },
      { type: 'subscribed', topics: ['customer_id:c-1:agent'] },
      { type: 'agent_status_updated', data: { username: 'x', status: 'busy' } },
      { type: 'agent_status_updated', data: { id: 7, username: 'x', status: 'busy' } },
      { type: 'agent_status_updated', data: 'not an object' },
      { type: 'agent_status_updated', data: [agent] },
      { data: agent },
      { type: 42, ...agent },
      { ...agent, status: null },
      [agent],
      null,
      42,
      'agent_status_updated',
    ]
    for (const message of junk) expect(read(message), JSON.stringify(message)).toBeNull()
    expect(readAgentEvent('{"type":"agent_status_updated",')).toBeNull()
    expect(readAgentEvent('')).toBeNull()
  })
})
