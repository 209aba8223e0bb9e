import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { defaultRingSettings, type RingState } from '../../../../shared/domain/ring'
import type { FakeAnswers } from '../../test-support/fake-client'
import { renderWithServices } from '../../test-support/render'

import { IncomingCallScreen } from './IncomingCallScreen'

const ringing: RingState = {
  window: true,
  rings: [
    {
      callId: 'call-1',
      accountId: 'acc',
      accountLabel: 'Hotline',
      extension: '101',
      agentName: 'Nguyễn Văn An',
      destination: '0899123456',
      direction: 'inbound',
      queueIds: [7],
      seenAt: '2026-03-10T09:00:00.000Z',
    },
  ],
}

const answers: FakeAnswers = {
  'ring.getState': ringing,
  'ring.getSettings': { ...defaultRingSettings, tone: 'none' },
  'ring.open': { rings: [], window: false },
  'ring.dismiss': { rings: [], window: false },
}

describe('incoming-call window', () => {
  it('shows who rings with the provider’s own fields, and opens or dismisses by keyboard', async () => {
    const { user, client } = renderWithServices(<IncomingCallScreen />, { answers })
    expect(await screen.findByRole('heading', { name: 'Call ringing on 101 (Nguyễn Văn An)' })).toBeDefined()
    // Tel4vn's destination is the number receiving the call: never called the caller.
    expect(screen.getByText('Number called')).toBeDefined()
    expect(screen.getByText('0899123456')).toBeDefined()
    expect(screen.getByText('Queues').nextElementSibling?.textContent).toBe('7')
    expect(screen.queryByText(/caller|from/i)).toBeNull()
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }))
    await user.keyboard('{Enter}')
    expect(client.requestsTo('ring.open')).toEqual([{ callId: 'call-1' }])
    await user.tab()
    await user.keyboard('{Enter}')
    expect(client.requestsTo('ring.dismiss')).toEqual([{ callId: 'call-1' }])
  })

  it('says "not reported" where the provider says nothing, and goes quiet when the ring ends', async () => {
    const { client } = renderWithServices(<IncomingCallScreen />, {
      answers: {
        ...answers,
        'ring.getState': {
          window: true,
          rings: [{ ...ringing.rings[0]!, agentName: null, destination: null, direction: null, queueIds: null }],
        },
      },
    })
    expect(await screen.findByRole('heading', { name: 'Call ringing on 101' })).toBeDefined()
    expect(screen.getAllByText('not reported')).toHaveLength(2)
    await client.emit('ring.changed', { rings: [], window: false })
    expect(screen.getByText('No call is ringing.')).toBeDefined()
  })

  it('dismisses the call shown on Escape, as its Dismiss button does, without taking focus itself', async () => {
    const { user, client } = renderWithServices(<IncomingCallScreen />, { answers })
    await screen.findByRole('heading', { name: 'Call ringing on 101 (Nguyễn Văn An)' })
    // The window shows without activating: nothing on the page may pull focus to itself either.
    expect(document.activeElement).toBe(document.body)
    await user.keyboard('{Escape}')
    expect(client.requestsTo('ring.dismiss')).toEqual([{ callId: 'call-1' }])
    expect(client.requestsTo('ring.open')).toEqual([])
    expect(document.activeElement).toBe(document.body)
  })

  it('does nothing on Escape when no call rings', async () => {
    const { user, client } = renderWithServices(<IncomingCallScreen />, {
      answers: { ...answers, 'ring.getState': { rings: [], window: false } },
    })
    await screen.findByText('No call is ringing.')
    await user.keyboard('{Escape}')
    expect(client.requestsTo('ring.dismiss')).toEqual([])
  })
})
