import type { ProviderApp, SandboxResponse } from '../../../sandbox/sandbox-http'
import { seededRandom } from '../../../sandbox/seeded-random'

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
  // The platform takes any language code: the screen names them in the language shown.
  ['Assistant Voyages', 'fr', 'Bonjour ! Où souhaitez-vous partir ?'],
  ['Asistente de Reservas', 'es', '¡Hola! ¿En qué puedo ayudarle?'],
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
      const picture = /^\/avatars\/(\d+)\.svg$/.exec(request.path)
      if (request.method === 'GET' && picture) {
        const agent = agents.find((candidate) => candidate.avatar_id === Number(picture[1]))
        if (!agent) return error(404, 'Not found')
        return { status: 200, text: avatarSvg(agent.name, agent.avatar_id ?? 0), contentType: 'image/svg+xml' }
      }
      const key = request.headers['x-api-key'] ?? /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1]
      if (key !== options.apiKey && key !== options.forbiddenKey) return error(401, 'Authentication required')
      if (key === options.forbiddenKey) return error(403, 'This key may not list agents')
      if (request.method !== 'GET' || request.path !== '/api/v1/agents') return error(404, 'Not found')
      // Pictures are served here, at the address the request came to; one stays on a host that
      // cannot be reached, as real pictures sometimes are.
      const host = request.headers.host
      const sorted = [...agents]
        .map((agent) =>
          agent.avatar_url && agent.avatar_id !== 4 && host
            ? { ...agent, avatar_url: `http://${host}/avatars/${agent.avatar_id}.svg` }
            : agent,
        )
        .sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at))
      return { status: 200, json: { success: true, agents: sorted } }
    },
  }
}

/** A round picture with the agent's initials, in one of a few colours. */
function avatarSvg(name: string, id: number): string {
  const initials = name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
  const colour = ['#0f6cbd', '#0e6b2e', '#8a3ffc', '#b42318', '#946200'][id % 5]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><circle cx="48" cy="48" r="48" fill="${colour}"/><text x="48" y="60" font-family="sans-serif" font-size="36" fill="#fff" text-anchor="middle">${initials}</text></svg>`
}
