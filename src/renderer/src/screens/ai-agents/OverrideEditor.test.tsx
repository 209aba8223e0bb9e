import { screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it, vi } from 'vitest'

import type { AgentHubAbilities, AgentHubDenials, OverrideSave } from '../../../../shared/domain/agenthub-views'
import { inTurn, providerRefusal } from '../../test-support/answers'
import type { FakeAnswers } from '../../test-support/fake-client'
import { ids, override, tool } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { OverrideEditor } from './OverrideEditor'

const everything: AgentHubAbilities = { view: true, create: true, update: true, delete: true, viewExecutions: true }
const catalog = [tool(), tool({ id: 'tool-2', toolName: 'refundOrder', serviceName: 'payments', description: null })]
const opened = override()

function renderEditor({
  creating = false,
  editing = opened,
  answers = {},
  abilities = everything,
  denials = {},
}: {
  creating?: boolean
  editing?: ReturnType<typeof override>
  answers?: FakeAnswers
  abilities?: AgentHubAbilities
  denials?: AgentHubDenials
} = {}) {
  const onSaved = vi.fn()
  const onCancel = vi.fn()
  const rendered = renderWithServices(
    <OverrideEditor
      accountId={ids.agenthub}
      {...(creating ? {} : { override: editing })}
      catalog={catalog}
      abilities={abilities}
      denials={denials}
      onSaved={onSaved}
      onCancel={onCancel}
    />,
    { answers },
  )
  return { ...rendered, onSaved, onCancel }
}

/** AgentHub's answers to updates in turn. */
const updates = (...outcomes: OverrideSave[]): FakeAnswers => ({ 'agenthub.updateOverride': inTurn(...outcomes) })

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent))

describe('a new AI agent override', () => {
  it('is sent with its name and every field as the form holds it', async () => {
    const { user, client, onSaved } = renderEditor({
      creating: true,
      answers: { 'agenthub.createOverride': ({ draft }) => override({ ...draft, id: 'ovr-9', recordVersion: 1 }) },
    })
    expect(screen.getByRole('form', { name: 'New AI agent override' })).toBeDefined()
    await user.type(screen.getByLabelText('Name'), 'refundHelper')
    await user.type(screen.getByLabelText('Temperature'), '0.2')
    await user.click(screen.getByRole('checkbox', { name: 'refundOrder' }))
    await user.click(screen.getByRole('button', { name: 'Create override' }))
    expect(client.requestsTo('agenthub.createOverride')).toEqual([
      {
        accountId: ids.agenthub,
        draft: {
          agentName: 'refundHelper',
          enabled: true,
          provider: null,
          model: null,
          temperature: 0.2,
          maxTokens: null,
          responseFormat: null,
          systemPrompt: null,
          selectedTools: ['refundOrder'],
          guardrails: null,
        },
      },
    ])
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'ovr-9', agentName: 'refundHelper' }))
  })

  it('says what the service would refuse, beside the field, and sends nothing', async () => {
    const { user, client } = renderEditor({ creating: true })
    await user.type(screen.getByLabelText('Name'), 'refund helper')
    await user.type(screen.getByLabelText('Temperature'), '3')
    await user.click(screen.getByRole('button', { name: 'Create override' }))
    expect(screen.getByText('Name: letters, digits, . _ - only (as the AI agent is called in code)')).toBeDefined()
    expect(screen.getByText('Temperature must be between 0 and 2')).toBeDefined()
    expect(screen.getByLabelText('Temperature').getAttribute('aria-invalid')).toBe('true')
    expect(client.calls).toEqual([])
  })

  it('puts a guardrail’s problem under its own box, in the language shown', async () => {
    const { user, client } = renderEditor()
    await user.type(screen.getByLabelText('Timeout (ms)'), '1.5')
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    const timeout = screen.getByLabelText('Timeout (ms)')
    expect(timeout.getAttribute('aria-invalid')).toBe('true')
    const problem = document.getElementById(timeout.getAttribute('aria-describedby') ?? '')
    expect(problem?.textContent).toBe('Timeout must be a whole number')
    await i18next.changeLanguage('vi')
    expect(await screen.findByText('Thời gian chờ phải là số nguyên')).toBeDefined()
    await i18next.changeLanguage('en')
    expect(client.calls).toEqual([])
  })

  it('shows AgentHub’s refusal and keeps what was typed', async () => {
    const { user } = renderEditor({
      creating: true,
      answers: {
        'agenthub.createOverride': () => {
          throw providerRefusal('agenthub', 'conflict', 'refundHelper already exists')
        },
      },
    })
    await user.type(screen.getByLabelText('Name'), 'refundHelper')
    await user.click(screen.getByRole('button', { name: 'Create override' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'AgentHub reported a conflicting change (HTTP 409): refundHelper already exists.',
    )
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('refundHelper')
  })
})

describe('editing an override', () => {
  it('shows what will change before saving, then sends only that, against the version opened', async () => {
    const saved = override({ temperature: 0.7, recordVersion: 4 })
    const { user, client, onSaved } = renderEditor({ answers: updates({ outcome: 'saved', override: saved }) })
    expect(screen.getByRole('form', { name: 'Edit bookingAgent' })).toBeDefined()
    const temperature = screen.getByLabelText<HTMLInputElement>('Temperature')
    expect(temperature.value).toBe('0.4')
    await user.clear(temperature)
    await user.type(temperature, '0.7')
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    const review = screen.getByRole('region', { name: 'Changes to save' })
    expect(rows(within(review).getByRole('table'))).toEqual([['Temperature', '0.4', '0.7']])
    expect(client.calls).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Save 1 change' }))
    expect(client.requestsTo('agenthub.updateOverride')).toEqual([
      { accountId: ids.agenthub, id: 'ovr-1', baseVersion: 3, patch: { temperature: 0.7 }, overwrite: false },
    ])
    expect(onSaved).toHaveBeenCalledWith(saved)
  })

  it('has nothing to save when nothing changed', async () => {
    const { user } = renderEditor()
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    expect(screen.getByText('Nothing changed.')).toBeDefined()
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save 0 changes' }).disabled).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Back to editing' }))
    expect(screen.getByRole('button', { name: 'Review changes' })).toBeDefined()
  })

  it('keeps a tool the catalog no longer lists, flagged, until the user removes it', () => {
    renderEditor({ editing: override({ selectedTools: ['lookupBooking', 'oldTool'] }) })
    const missing = within(screen.getByRole('list', { name: 'Tools no longer in the catalog' }))
    expect(missing.getByRole<HTMLInputElement>('checkbox', { name: 'oldTool' }).checked).toBe(true)
    expect(missing.getByText('No longer in the catalog — kept until you remove it')).toBeDefined()
  })

  it('is a read-only view, with AgentHub’s reason, when AgentHub refuses updates', async () => {
    const { user } = renderEditor({
      abilities: { ...everything, update: false },
      denials: { update: { kind: 'permission', permissionName: 'updateAgentOverride' } },
    })
    expect(screen.getByRole('note').textContent).toBe(
      'This is a read-only view. AgentHub lists updateAgentOverride as not allowed for this user.',
    )
    const temperature = screen.getByLabelText<HTMLInputElement>('Temperature')
    await user.type(temperature, '9')
    expect(temperature.value).toBe('0.4')
    expect(screen.queryByRole('button', { name: 'Review changes' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Close' })).toBeDefined()
  })
})

describe('an override changed elsewhere (AgentHub version conflict)', () => {
  const theirs = override({ model: 'gpt-4.1', recordVersion: 4 })

  async function meetConflict(...after: OverrideSave[]) {
    const rendered = renderEditor({ answers: updates({ outcome: 'conflict', current: theirs }, ...after) })
    const { user } = rendered
    const temperature = screen.getByLabelText('Temperature')
    await user.clear(temperature)
    await user.type(temperature, '0.7')
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    await user.click(screen.getByRole('button', { name: 'Save 1 change' }))
    return rendered
  }

  it('shows their change and the user’s side by side, and saves nothing', async () => {
    const { onSaved } = await meetConflict()
    const conflict = screen.getByRole('alert')
    expect(within(conflict).getByRole('heading', { level: 3 }).textContent).toBe(
      'bookingAgent was changed elsewhere since you opened it (version 3 → 4)',
    )
    const [their, mine] = within(conflict).getAllByRole('table')
    expect(rows(their as HTMLElement)).toEqual([['Model', 'gpt-4o', 'gpt-4.1']])
    expect(rows(mine as HTMLElement)).toEqual([['Temperature', '0.4', '0.7']])
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('overwrites on purpose with the user’s fields only, against the version now current', async () => {
    const saved = override({ model: 'gpt-4.1', temperature: 0.7, recordVersion: 5 })
    const { user, client, onSaved } = await meetConflict({ outcome: 'saved', override: saved })
    await user.click(screen.getByRole('button', { name: 'Overwrite with mine' }))
    expect(client.requestsTo('agenthub.updateOverride')[1]).toEqual({
      accountId: ids.agenthub,
      id: 'ovr-1',
      baseVersion: 4,
      patch: { temperature: 0.7 },
      overwrite: true,
    })
    expect(onSaved).toHaveBeenCalledWith(saved)
  })

  it('reloads theirs, dropping the user’s edits, and measures the next change from it', async () => {
    const { user } = await meetConflict()
    await user.click(screen.getByRole('button', { name: 'Discard mine and reload theirs' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByLabelText<HTMLInputElement>('Model').value).toBe('gpt-4.1')
    expect(screen.getByLabelText<HTMLInputElement>('Temperature').value).toBe('0.4')
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    expect(screen.getByText('Nothing changed.')).toBeDefined()
  })
})
