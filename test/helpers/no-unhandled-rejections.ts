import { afterAll, beforeAll, expect } from 'vitest'

/**
 * Fails the file if any promise rejection went unhandled while it ran: a background failure
 * must end in a status the user sees, never in the void.
 */
export function expectNoUnhandledRejections(): void {
  const unhandled: unknown[] = []
  const onUnhandled = (reason: unknown) => void unhandled.push(reason)
  beforeAll(() => void process.on('unhandledRejection', onUnhandled))
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled)
    expect(unhandled).toEqual([])
  })
}
