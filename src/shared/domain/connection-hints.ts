import type { ProviderId } from './providers'

/**
 * Where each provider's base URL ends, in its document's terms: the address before the first
 * path the document shows. Each provider has its own (VoIPbin's /v1.0 prefix is VoIPbin's only).
 * Main's connection test says these (in English, like all its messages); the renderer's English
 * catalogue (accounts `test.notFound`) takes them from here, and its Vietnamese one translates them.
 */
export const notFoundHints: Readonly<Record<ProviderId, string>> = {
  alohub:
    'Nothing answers at that path on AloHub. Check the base URL: it is the address before /v1/agents, such as https://xapi.alohub.vn (add /api if your AloHub serves /api/v1/agents).',
  tel4vn:
    'Nothing answers at that path on Tel4vn. Check the base URL: it is the address before /v1/monitor/agent, such as https://api.example.vn.',
  voipbin:
    'Nothing answers at that path on VoIPbin. Check the base URL: it is https://api.voipbin.net/v1.0, with the /v1.0 prefix (the address before /agents).',
  avatar:
    'Nothing answers at that path on the AI avatar platform. Check the base URL: it is the address before /api/v1/agents, such as https://avatar.example.com.',
  agenthub:
    'Nothing answers at that path on AgentHub. Check the base URL: it is the service address before /v1/agentoverrides, such as https://agenthub.example.com.',
}

/** Said after the Tel4vn hint when the user chose the key exchange, which a server may not offer. */
export const tel4vnNoKeyExchange =
  'If it is right, this server may not offer the key exchange (POST /v1/auth/token): sign in with a token instead.'
