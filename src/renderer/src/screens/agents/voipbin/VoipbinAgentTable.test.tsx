import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'
import { voipbinAgent } from '../../../test-support/fixtures'
import { renderWithServices } from '../../../test-support/render'

import { VoipbinAgentTable } from './VoipbinAgentTable'

const lan = voipbinAgent()
const minh = voipbinAgent({
  id: 'agent-minh',
  username: 'minh.vo',
  name: '',
  status: 'ringing',
  directHash: 'direct.a1b2c3',
  addresses: [
    { type: 'tel', target: '+84901111111' },
    { type: 'extension', target: '2002' },
    { type: 'whatsapp', target: '+84902222222' },
    { type: 'email', target: 'minh@example.com' },
    { type: 'sip', target: 'minh@sip.voipbin.net' },
  ],
})

function renderTable(agents: VoipbinAgentView[], busyAgent?: string) {
  const handlers = { onSetStatus: vi.fn(), onEditAddresses: vi.fn(), onRegenerate: vi.fn() }
  const rendered = renderWithServices(
    <VoipbinAgentTable agents={agents} busyAgent={busyAgent} rowProblem={undefined} {...handlers} />,
  )
  return { ...rendered, ...handlers }
}

const rowOf = (name: string) =>
  within(screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr') as HTMLElement)

describe('the VoIPbin agents table', () => {
  it('names each agent, with the username beside a display name', () => {
    renderTable([lan, minh])
    expect(screen.getByRole('table', { name: 'VoIPbin agents' })).toBeDefined()
    expect(screen.getByRole('rowheader', { name: /Trần Thị Lan/ }).textContent).toContain('lan.tran')
    expect(screen.getByRole('rowheader', { name: 'minh.vo' })).toBeDefined()
  })

  it('sets a status only when Set is pressed, so moving through the choices sends nothing', async () => {
    const { user, onSetStatus } = renderTable([lan])
    const status = screen.getByRole('combobox', { name: 'Status of Trần Thị Lan (lan.tran)' })
    expect((status as HTMLSelectElement).value).toBe('available')
    expect(screen.queryByRole('button', { name: /Set status/ })).toBeNull()
    await user.selectOptions(status, 'Away')
    expect(onSetStatus).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Set status of Trần Thị Lan (lan.tran) to Away' }))
    expect(onSetStatus).toHaveBeenCalledWith(lan, 'away')
  })

  it('shows VoIPbin’s own ringing as it is, not as a choice', () => {
    renderTable([minh])
    const row = rowOf('minh.vo')
    expect(row.getByText('Ringing')).toBeDefined()
    expect(row.getByText('(set by VoIPbin)')).toBeDefined()
    expect(row.queryByRole('combobox')).toBeNull()
  })

  it('summarises the addresses, types AgentDesk does not know as VoIPbin names them', () => {
    renderTable([minh])
    const summary = rowOf('minh.vo')
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(summary).toEqual(['Phone number +84901111111', 'Extension 2002', 'whatsapp +84902222222', 'and 2 more'])
  })

  it('shows the direct SIP address, and offers to make or regenerate it', async () => {
    const { user, onRegenerate, onEditAddresses } = renderTable([lan, minh])
    expect(rowOf('minh.vo').getByText(/sip:direct\.a1b2c3/).textContent).toBe('sip:direct.a1b2c3@sip.voipbin.net')
    await user.click(screen.getByRole('button', { name: 'Regenerate hash of minh.vo' }))
    expect(onRegenerate).toHaveBeenCalledWith(minh)
    await user.click(screen.getByRole('button', { name: 'Make SIP address of Trần Thị Lan (lan.tran)' }))
    expect(onRegenerate).toHaveBeenCalledWith(lan)
    await user.click(screen.getByRole('button', { name: 'Edit addresses of Trần Thị Lan (lan.tran)' }))
    expect(onEditAddresses).toHaveBeenCalledWith(lan)
  })

  it('takes a status VoIPbin changed over a choice not yet sent', async () => {
    const { user, rerender } = renderTable([lan])
    await user.selectOptions(screen.getByRole('combobox', { name: /Status of/ }), 'Busy')
    rerender(
      <VoipbinAgentTable
        agents={[{ ...lan, status: 'offline' }]}
        busyAgent={undefined}
        rowProblem={undefined}
        onSetStatus={() => undefined}
        onEditAddresses={() => undefined}
        onRegenerate={() => undefined}
      />,
    )
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: /Status of/ }).value).toBe('offline')
    expect(screen.queryByRole('button', { name: /Set status/ })).toBeNull()
  })
})
