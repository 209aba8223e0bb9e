import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'

import { denialText } from '../../src/renderer/src/screens/ai-agents/denial-text'
import { resources } from '../../src/shared/i18n/resources'

async function translators() {
  const i18n = createInstance()
  await i18n.init({ resources, lng: 'en', fallbackLng: false, defaultNS: 'common', showSupportNotice: false })
  return { en: i18n.getFixedT('en', 'aiAgents'), vi: i18n.getFixedT('vi', 'aiAgents') }
}

const refusedOnOne = {
  kind: 'refused' as const,
  api: 'updateAgentOverride',
  status: 403,
  message: 'updateAgentOverride is not allowed for lan.tran@example.vn',
  object: { id: 'ovr-1', name: 'salesAssistant' },
}

describe('why an AgentHub action is off, in words', () => {
  it('names the override a 403 was about, in English and Vietnamese', async () => {
    const { en, vi } = await translators()
    expect(denialText(en, 'update', refusedOnOne)).toBe(
      'AgentHub refused to update override salesAssistant for this user (HTTP 403): updateAgentOverride is not allowed for lan.tran@example.vn',
    )
    expect(denialText(vi, 'update', refusedOnOne)).toBe(
      'AgentHub đã từ chối cập nhật ghi đè salesAssistant cho người dùng này (HTTP 403): updateAgentOverride is not allowed for lan.tran@example.vn',
    )
    const byId = { ...refusedOnOne, message: '', object: { id: 'ovr-9', name: null } }
    expect(denialText(en, 'delete', byId)).toBe('AgentHub refused to delete override ovr-9 for this user (HTTP 403).')
    expect(denialText(vi, 'delete', byId)).toBe('AgentHub đã từ chối xóa ghi đè ovr-9 cho người dùng này (HTTP 403).')
  })

  it('keeps the wording of a refusal about no single object', async () => {
    const { en } = await translators()
    const { object: _object, ...general } = refusedOnOne
    expect(denialText(en, 'create', { ...general, api: 'createAgentOverride', message: 'no' })).toBe(
      'AgentHub refused to create overrides for this user (HTTP 403): no',
    )
  })

  it('has Check again and the unlisted permissions in both languages', async () => {
    const { en, vi } = await translators()
    expect(en('workspace.recheck')).toBe('Check again')
    expect(vi('workspace.recheck')).toBe('Kiểm tra lại')
    expect(en('permissionList.unavailable', { reason: 'x' })).toBe('AgentHub did not list permissions: x')
    expect(vi('permissionList.unavailable', { reason: 'x' })).toBe('AgentHub không liệt kê quyền: x')
  })
})
