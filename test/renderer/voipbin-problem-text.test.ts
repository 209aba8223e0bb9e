import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'

import { problemText } from '../../src/renderer/src/screens/agents/voipbin/problem-text'
import { addressesSchema, addressProblem, newAgentSchema } from '../../src/shared/domain/voipbin-forms'
import { resources } from '../../src/shared/i18n/resources'

/** Every message the shared VoIPbin rules can produce, by provoking each rule. */
function sharedMessages(): string[] {
  const messages = new Set<string>()
  const targets: Record<string, string[]> = {
    tel: ['', '+84 90 123', '0901234567', '+0123', 'x'.repeat(300)],
    extension: ['12a'],
    sip: ['sip:lan@voipbin.net', 'lan'],
    email: ['lan@'],
    fax: ['1'],
  }
  for (const [type, values] of Object.entries(targets)) {
    for (const value of values) {
      const problem = addressProblem(type, value)
      if (problem) messages.add(problem)
    }
  }
  const agents: unknown[] = [
    {},
    { username: 'two words', password: 'short', ringMethod: 'x', permission: 3 },
    { username: 'u'.repeat(101), password: 'p'.repeat(201), ringMethod: 'ringall', permission: 0, name: 5 },
  ]
  for (const agent of agents) {
    for (const issue of newAgentSchema.safeParse(agent).error?.issues ?? []) messages.add(issue.message)
  }
  const twice = [
    { type: 'tel', target: '+84901234567' },
    { type: 'tel', target: '+84901234567' },
  ]
  for (const issue of addressesSchema.safeParse(twice).error?.issues ?? []) messages.add(issue.message)
  return [...messages]
}

describe('VoIPbin form messages in the chosen language', () => {
  it('has Vietnamese for every message the shared rules produce, and leaves the English as it is', async () => {
    const i18n = createInstance()
    await i18n.init({ resources, lng: 'vi', fallbackLng: 'en', defaultNS: 'common' })
    const vi = i18n.getFixedT('vi', 'voipbin')
    const en = i18n.getFixedT('en', 'voipbin')
    const messages = sharedMessages()
    expect(messages.length).toBeGreaterThan(15)
    const untranslated = messages.filter((message) => problemText(message, vi) === message)
    expect(untranslated).toEqual([])
    for (const message of messages) expect(problemText(message, en)).toBe(message)
  })
})
