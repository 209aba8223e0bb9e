import type { ProviderApp, SandboxResponse } from '../sandbox-http'
import { seededRandom } from '../seeded-random'

/** How the avatar-platform sandbox behaves. */
export interface AvatarAppOptions {
  readonly seed: number
  readonly apiKey: string
  /** A key that is valid but may not list agents (403). */
  readonly forbiddenKey?: string
  readonly now?: () => number
}

const names = [
  ['Sales Support Agent', 'en', 'Welcome! How can I assist you today?'],
  ['Trợ lý chăm sóc khách hàng', 'vi', 'Xin chào! Tôi có thể giúp gì cho anh/chị?'],
  ['Billing Helper', 'en', 'Hi, I can help with invoices and payments.'],
  ['Tư vấn gói cước', 'vi', 'Chào bạn, mình tư vấn gói cước nhé.'],
  ['Appointment Booker', 'en', 'Hello! Let us find a time that suits you.'],
  ['Hỗ trợ kỹ thuật', 'vi', 'Xin chào, bạn cần hỗ trợ kỹ thuật gì?'],
] as const

/** GET /api/v1/agents with x-api-key or a Bearer JWT; newest updated_at first. */
export function createAvatarApp(options: AvatarAppOptions): ProviderApp {
  const random = seededRandom(options.seed)
  const base = Date.parse('2026-11-01T08:00:00Z')
  const agents = names.map(([name, language, greeting], index) => {
    const updated = base + random.int(0, 20 * 86_400_000)
    return {
      agent_id: 120 + index,
      name,
      avatar_id: index % 3 === 2 ? null : index + 1,
      language,
      custom_greeting: greeting,
      context: `You are ${name}.`,
      status: index === 4 ? 'inactive' : 'active',
      created_at: new Date(updated - random.int(5, 60) * 86_400_000).toISOString(),
      updated_at: new Date(updated).toISOString(),
      last_used_at: index === 5 ? null : new Date(updated + random.int(1, 48) * 3_600_000).toISOString(),
      total_sessions: random.int(0, 900),
      avg_duration: Math.round(random.next() * 4000) / 10,
      avatar_name: index % 3 === 2 ? null : ['Professional Avatar', 'Friendly Avatar'][index % 2],
      avatar_url: index % 3 === 2 ? null : `https://avatars.example/${index + 1}.jpg`,
      voice_id: index % 2 === 0 ? `voice_${random.hex(12)}` : null,
    }
  })
  const error = (status: number, message: string): SandboxResponse => ({
    status,
    json: { success: false, error: message },
  })
  return {
    provider: 'avatar',
    handle(request) {
      const key = request.headers['x-api-key'] ?? /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1]
      if (key !== options.apiKey && key !== options.forbiddenKey) return error(401, 'Authentication required')
      if (key === options.forbiddenKey) return error(403, 'This key may not list agents')
      if (request.method !== 'GET' || request.path !== '/api/v1/agents') return error(404, 'Not found')
      const sorted = [...agents].sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at))
      return { status: 200, json: { success: true, agents: sorted } }
    },
  }
}
