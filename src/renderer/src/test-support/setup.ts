import { cleanup } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, beforeAll, beforeEach } from 'vitest'

import { loadCatalog, startI18n } from '../i18n/i18n'

import { takeContractViolations } from './fake-client'

// The component tests' setup (vitest.config.ts, project "renderer"): the app's own i18n in
// English, a clean page after each test, and a test fails when a component sent, or a fake
// answered, something the IPC contract does not allow.

const noMemory = { getItem: () => null, setItem: () => undefined }

// happy-dom 21 lacks HTMLSelectElement.size (the attribute, 0 when absent, in every browser).
// Without it react-hook-form takes every select for one the browser autofilled and reads the
// first option over the form's default value, which no user would ever see.
if (!('size' in HTMLSelectElement.prototype)) {
  Object.defineProperty(HTMLSelectElement.prototype, 'size', {
    configurable: true,
    get(this: HTMLSelectElement) {
      return Number(this.getAttribute('size')) || 0
    },
    set(this: HTMLSelectElement, value: number) {
      this.setAttribute('size', String(value))
    },
  })
}

beforeAll(async () => {
  if (i18next.isInitialized) return
  const started = new Promise<void>((resolve) => i18next.on('initialized', () => resolve()))
  startI18n(noMemory)
  await started
  // The app loads a language's catalog with its first screen; components tested alone get both at once.
  await Promise.all([loadCatalog('en'), loadCatalog('vi')])
})

beforeEach(async () => {
  if (i18next.language !== 'en') await i18next.changeLanguage('en')
})

afterEach(() => {
  cleanup()
  const violations = takeContractViolations()
  if (violations.length > 0) {
    throw new Error(`Outside the IPC contract:\n- ${violations.join('\n- ')}`)
  }
})
