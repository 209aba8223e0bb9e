import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { AddressSave, VoipbinAddressView } from '../../../../../shared/domain/voipbin-views'
import { inTurn } from '../../../test-support/answers'
import { answerQuestion } from '../../../test-support/confirm'
import { ids, voipbinAgent } from '../../../test-support/fixtures'
import { renderWithServices } from '../../../test-support/render'

import { AddressEditor } from './AddressEditor'

const mobile: VoipbinAddressView = { type: 'tel', target: '+84901234567', name: 'Mobile' }
const desk: VoipbinAddressView = { type: 'extension', target: '2001' }
const agent = voipbinAgent({ addresses: [mobile, desk] })

function renderEditor(...outcomes: AddressSave[]) {
  const onNotice = vi.fn()
  const onAgent = vi.fn()
  const rendered = renderWithServices(
    <AddressEditor
      accountId={ids.voipbin}
      agent={agent}
      onClose={() => undefined}
      onAgent={onAgent}
      onNotice={onNotice}
    />,
    { answers: { 'voipbin.saveAddresses': inTurn(...outcomes) } },
  )
  return { ...rendered, onNotice, onAgent }
}

const targets = () => screen.queryAllByLabelText(/^Address \d+$/).map((input) => (input as HTMLInputElement).value)
const changes = () => screen.getByRole('region', { name: 'What saving changes' }).textContent

describe('the VoIPbin address editor', () => {
  it('shows the agent’s addresses, and nothing to change yet', () => {
    renderEditor()
    expect(screen.getByRole('heading', { name: 'Addresses of Trần Thị Lan (lan.tran)' })).toBe(document.activeElement)
    expect(screen.getByRole('table', { name: 'Addresses after saving' })).toBeDefined()
    expect(targets()).toEqual(['+84901234567', '2001'])
    expect(screen.getByLabelText<HTMLSelectElement>('Type of address 1').value).toBe('tel')
    expect(screen.getByLabelText<HTMLInputElement>('Name of address 1').value).toBe('Mobile')
    expect(changes()).toContain('No changes yet.')
  })

  it('checks a new address as it is typed, and says what saving would add', async () => {
    const { user } = renderEditor()
    await user.click(screen.getByRole('button', { name: 'Add address' }))
    const target = screen.getByLabelText('Address 3')
    await user.type(target, '+84 90 999')
    expect(target.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(target.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Write the phone number without spaces, dashes or brackets, e.g. +15559876543',
    )
    expect(changes()).toContain('Add Phone number +84 90 999 (not valid yet)')
  })

  it('sends nothing while an address is wrong, and says so', async () => {
    const { user, client } = renderEditor()
    await user.click(screen.getByRole('button', { name: 'Add address' }))
    await user.click(screen.getByRole('button', { name: 'Save addresses' }))
    expect(screen.getByRole('alert').textContent).toBe('Fix the marked addresses first; nothing was sent.')
    expect(screen.getByText('Enter a phone number')).toBeDefined()
    expect(document.activeElement).toBe(screen.getByLabelText('Address 3'))
    expect(client.calls).toEqual([])
  })

  it('sends the list as opened and as wanted, and reports what VoIPbin saved', async () => {
    const added: VoipbinAddressView = { type: 'sip', target: 'lan.tran@sip.voipbin.net' }
    const { user, client, onNotice, onAgent } = renderEditor({
      outcome: 'saved',
      agent: voipbinAgent({ addresses: [mobile, desk, added] }),
      added: [added],
      removed: [],
    })
    await user.click(screen.getByRole('button', { name: 'Add address' }))
    await user.selectOptions(screen.getByLabelText('Type of address 3'), 'SIP address')
    await user.type(screen.getByLabelText('Address 3'), 'lan.tran@sip.voipbin.net')
    expect(changes()).toContain('Add SIP address lan.tran@sip.voipbin.net')
    await user.click(screen.getByRole('button', { name: 'Save addresses' }))
    expect(client.requestsTo('voipbin.saveAddresses')).toEqual([
      {
        accountId: ids.voipbin,
        agentId: 'agent-lan',
        base: [mobile, desk],
        desired: [mobile, desk, added],
        confirmRemoval: false,
        overwrite: false,
      },
    ])
    expect(onNotice).toHaveBeenCalledWith(
      'Addresses of Trần Thị Lan (lan.tran) saved: added SIP address lan.tran@sip.voipbin.net.',
    )
    expect(onAgent).toHaveBeenCalledWith(expect.objectContaining({ id: 'agent-lan' }))
    expect(changes()).toContain('No changes yet.')
  })

  it('says what a rename does', async () => {
    const { user } = renderEditor()
    const name = screen.getByLabelText('Name of address 1')
    await user.clear(name)
    await user.type(name, 'Work')
    expect(changes()).toContain('Rename Phone number +84901234567 to “Work”')
  })

  it('asks before removing, and brings the address back when the user keeps it', async () => {
    const { user, client } = renderEditor({ outcome: 'confirm_removal', added: [], removed: [mobile] })
    await user.click(screen.getByRole('button', { name: 'Remove address 1: +84901234567' }))
    expect(changes()).toContain('Remove Phone number +84901234567')
    const asked = await answerQuestion(user, 'Save addresses', 'Keep them')
    expect(asked).toContain('Remove this address from Trần Thị Lan (lan.tran)?')
    expect(asked).toContain('Phone number +84901234567 (Mobile)')
    expect(targets()).toEqual(['+84901234567', '2001'])
    expect(client.requestsTo('voipbin.saveAddresses')).toHaveLength(1)
  })

  it('removes on a clear yes', async () => {
    const { user, client, onNotice } = renderEditor(
      { outcome: 'confirm_removal', added: [], removed: [mobile] },
      { outcome: 'saved', agent: voipbinAgent({ addresses: [desk] }), added: [], removed: [mobile] },
    )
    await user.click(screen.getByRole('button', { name: 'Remove address 1: +84901234567' }))
    await answerQuestion(user, 'Save addresses', 'Remove and save')
    expect(client.requestsTo('voipbin.saveAddresses').map((request) => request.confirmRemoval)).toEqual([false, true])
    expect(onNotice).toHaveBeenCalledWith(
      'Addresses of Trần Thị Lan (lan.tran) saved: removed Phone number +84901234567.',
    )
  })

  it('warns of an address VoIPbin holds that AgentDesk cannot save', () => {
    renderWithServices(
      <AddressEditor
        accountId={ids.voipbin}
        agent={voipbinAgent({ addresses: [{ type: 'whatsapp', target: '+84901234567' }] })}
        onClose={() => undefined}
        onAgent={() => undefined}
        onNotice={() => undefined}
      />,
    )
    expect(screen.getByRole('note').textContent).toContain('One address in VoIPbin cannot be saved as it is.')
    expect(
      screen.getByText('AgentDesk cannot save "whatsapp" addresses: choose another type, or remove it.'),
    ).toBeDefined()
  })
})

describe('addresses changed elsewhere', () => {
  const work: VoipbinAddressView = { type: 'tel', target: '+84287300123' }
  const changedElsewhere: AddressSave = { outcome: 'changed_elsewhere', current: [mobile, work] }

  it('are shown beside the user’s, each side’s own addresses marked', async () => {
    const { user, onNotice } = renderEditor(changedElsewhere)
    await user.click(screen.getByRole('button', { name: 'Add address' }))
    await user.type(screen.getByLabelText('Address 3'), '+84909876543')
    await user.click(screen.getByRole('button', { name: 'Save addresses' }))
    const conflict = screen.getByRole('alert')
    expect(conflict.textContent).toContain('Someone changed these addresses in VoIPbin since you opened them.')
    const [theirs, yours] = within(conflict).getAllByRole('definition')
    const lines = (side: HTMLElement | undefined) =>
      within(side as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    expect(lines(theirs)).toEqual(['Phone number +84901234567 (Mobile)', 'Phone number +84287300123only in VoIPbin'])
    expect(lines(yours)).toEqual([
      'Phone number +84901234567 (Mobile)',
      'Extension 2001only yours',
      'Phone number +84909876543only yours',
    ])
    expect(onNotice).not.toHaveBeenCalled()
  })

  it('can be taken as they are', async () => {
    const { user } = renderEditor(changedElsewhere)
    await user.click(screen.getByRole('button', { name: 'Remove address 2: 2001' }))
    await user.click(screen.getByRole('button', { name: 'Save addresses' }))
    await user.click(screen.getByRole('button', { name: 'Use theirs and discard mine' }))
    expect(targets()).toEqual(['+84901234567', '+84287300123'])
    expect(changes()).toContain('No changes yet.')
  })

  it('can be overwritten with the user’s list, on purpose', async () => {
    const { user, client } = renderEditor(changedElsewhere, {
      outcome: 'saved',
      agent: voipbinAgent({ addresses: [mobile] }),
      added: [],
      removed: [work],
    })
    await user.click(screen.getByRole('button', { name: 'Remove address 2: 2001' }))
    await user.click(screen.getByRole('button', { name: 'Save addresses' }))
    await user.click(screen.getByRole('button', { name: 'Save mine over theirs' }))
    expect(client.requestsTo('voipbin.saveAddresses')[1]).toMatchObject({
      base: [mobile, desk],
      desired: [mobile],
      overwrite: true,
    })
  })
})
