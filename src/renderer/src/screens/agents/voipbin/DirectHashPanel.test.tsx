import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { ids, voipbinAgent } from '../../../test-support/fixtures'
import { renderWithServices } from '../../../test-support/render'

import { DirectHashPanel } from './DirectHashPanel'

const renewed = voipbinAgent({ directHash: 'direct.k2j4h5' })

function renderPanel(agent = voipbinAgent({ directHash: 'direct.a1b2c3' })) {
  const onAgent = vi.fn()
  const onClose = vi.fn()
  const rendered = renderWithServices(
    <DirectHashPanel accountId={ids.voipbin} agent={agent} onClose={onClose} onAgent={onAgent} />,
    { answers: { 'voipbin.regenerateHash': { agent: renewed, sipUri: 'sip:direct.k2j4h5@sip.voipbin.net' } } },
  )
  return { ...rendered, onAgent, onClose }
}

describe('a new direct SIP address', () => {
  it('is made only after the user saw which address stops working', async () => {
    const { user, client, onAgent } = renderPanel()
    const question = screen.getByRole('alertdialog')
    expect(question.textContent).toContain('Regenerate the direct hash of Trần Thị Lan (lan.tran)?')
    expect(question.textContent).toContain('Stops working')
    expect(question.textContent).toContain('sip:direct.a1b2c3@sip.voipbin.net')
    expect(client.calls).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Regenerate hash' }))
    expect(client.requestsTo('voipbin.regenerateHash')).toEqual([{ accountId: ids.voipbin, agentId: 'agent-lan' }])
    expect(screen.getByLabelText<HTMLInputElement>('SIP URI').value).toBe('sip:direct.k2j4h5@sip.voipbin.net')
    expect(screen.getByText('The old one no longer works.')).toBeDefined()
    expect(onAgent).toHaveBeenCalledWith(renewed)
  })

  it('is offered as a first address for an agent without one', async () => {
    const { user } = renderPanel(voipbinAgent({ directHash: null }))
    expect(screen.getByRole('alertdialog').textContent).toContain('Give Trần Thị Lan (lan.tran) a direct SIP address?')
    expect(screen.queryByText('Stops working')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Make a SIP address' }))
    expect(screen.getByText('Calls to it reach this agent directly.')).toBeDefined()
  })

  it('is copied to the clipboard on request', async () => {
    const { user } = renderPanel()
    await user.click(screen.getByRole('button', { name: 'Regenerate hash' }))
    await user.click(screen.getByRole('button', { name: 'Copy' }))
    expect(await navigator.clipboard.readText()).toBe('sip:direct.k2j4h5@sip.voipbin.net')
    expect(screen.getByRole('status').textContent).toBe('Copied.')
  })

  it('is not made when the user cancels', async () => {
    const { user, client, onClose } = renderPanel()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(client.calls).toEqual([])
  })
})
