import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { ipcFailure } from '../test-support/fake-client'
import { renderWithServices } from '../test-support/render'

import { TryDemo } from './TryDemo'

describe('the offer of the demo workspace', () => {
  it('starts the demo on request', async () => {
    const start = vi.fn()
    const { user } = renderWithServices(<TryDemo demo={{ starting: false, error: undefined, start }} />)
    await user.click(screen.getByRole('button', { name: 'Try the demo workspace' }))
    expect(start).toHaveBeenCalledOnce()
  })

  it('says it is starting, and cannot be pressed twice', () => {
    renderWithServices(<TryDemo demo={{ starting: true, error: undefined, start: () => undefined }} />)
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Starting the demo…' }).disabled).toBe(true)
  })

  it('says why the demo could not start', () => {
    renderWithServices(
      <TryDemo
        demo={{
          starting: false,
          error: ipcFailure({
            kind: 'internal',
            problem: { code: 'problems:unexpected', params: { detail: 'A sandbox port could not be opened.' } },
          }),
          start: () => undefined,
        }}
      />,
    )
    expect(screen.getByRole('alert').textContent).toBe('Something went wrong: A sandbox port could not be opened.')
  })
})
