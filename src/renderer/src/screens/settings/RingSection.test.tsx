import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { definedOnly } from '../../../../shared/defined-only'
import { defaultRingSettings } from '../../../../shared/domain/ring'
import { ipcFailure, type FakeAnswers } from '../../test-support/fake-client'
import { renderWithServices } from '../../test-support/render'

import { RingSection } from './RingSection'

const answers: FakeAnswers = {
  'ring.getSettings': defaultRingSettings,
  'ring.updateSettings': (patch) => ({ ...defaultRingSettings, ...definedOnly(patch) }),
  'ring.tone': { dataUrl: 'data:audio/wav;base64,UklGRg==' },
  'app.getInfo': { productName: 'AgentDesk', version: '1.0.0', platform: 'darwin', transport: 'electron' },
  'notifications.macAlertStyle': { style: 'unknown' },
}

describe('ring settings', () => {
  it('saves the tone, volume and incoming-call window chosen', async () => {
    const { user, client } = renderWithServices(<RingSection />, { answers })
    await user.selectOptions(await screen.findByLabelText('Ringtone'), 'Bell')
    await user.selectOptions(screen.getByLabelText('Incoming-call window'), 'Never')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(client.requestsTo('ring.updateSettings')).toEqual([
      { tone: 'bell', volume: 80, outputDevice: null, alsoRingOn: null, incomingWindow: 'never' },
    ])
    expect(await screen.findByText('Saved.')).toBeDefined()
  })

  it('tells macOS users to pick the "Alerts" style, and offers a test tone', async () => {
    const { user } = renderWithServices(<RingSection />, { answers })
    expect(await screen.findByText(/"Alerts" style/)).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Play test tone' }))
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDefined()
  })

  it('says which style macOS shows the alerts in, when its preferences tell', async () => {
    renderWithServices(<RingSection />, {
      answers: { ...answers, 'notifications.macAlertStyle': { style: 'banners' } },
    })
    expect(await screen.findByText(/macOS shows AgentDesk’s alerts as banners/)).toBeDefined()
    expect(screen.getByText(/set them to Alerts in System Settings › Notifications › AgentDesk/)).toBeDefined()
  })

  it('offers one’s own file only once chosen, and says why a file was refused', async () => {
    const { user } = renderWithServices(<RingSection />, {
      answers: {
        ...answers,
        'ring.chooseCustomTone': () => {
          throw ipcFailure({ kind: 'invalid_request', problem: { code: 'problems:ringtone.notAudio' } })
        },
      },
    })
    expect((await screen.findByRole<HTMLOptionElement>('option', { name: 'My own file' })).disabled).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Choose a sound file…' }))
    expect(await screen.findByText(/not an audio file/)).toBeDefined()
  })
})
