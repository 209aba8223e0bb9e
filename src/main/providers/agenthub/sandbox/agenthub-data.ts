import type { SeededRandom } from '../../../sandbox/seeded-random'

/** Records as the generated service stores them (the wire shape, with its field names). */
export interface OverrideRecord {
  id: string
  agentName: string
  provider: string | null
  model: string | null
  systemPrompt: string | null
  temperature: number | null
  maxTokens: number | null
  responseFormat: string | null
  selectedTools: string[] | null
  guardrails: {
    maxToolCalls?: number | undefined
    timeout?: number | undefined
    maxTokenBudget?: number | undefined
  } | null
  enabled: boolean
  updatedBy: string | null
  recordVersion: number
  createdAt: string
  updatedAt: string
  _owner: string
  isActive: boolean
}

export interface ToolRecord {
  id: string
  toolName: string
  serviceName: string
  description: string
  parameters: unknown
  lastRefreshed: string
  recordVersion: number
  createdAt: string
  updatedAt: string
  _owner: string
  isActive: boolean
}

export interface ExecutionRecord {
  id: string
  agentName: string
  agentType: 'design' | 'dynamic'
  agentType_idx: number
  source: 'rest' | 'sse' | 'kafka' | 'agent'
  source_idx: number
  userId: string
  input: unknown
  output: unknown
  toolCalls: number
  tokenUsage: { prompt: number; completion: number; total: number }
  durationMs: number
  status: 'success' | 'error' | 'timeout'
  status_idx: number
  error: string | null
  recordVersion: number
  createdAt: string
  updatedAt: string
  _owner: string
  isActive: boolean
}

const catalog: ReadonlyArray<[string, string, string, Record<string, unknown>]> = [
  [
    'crm',
    'searchCustomer',
    'Find a customer by phone number or name.',
    { phone: { type: 'string' }, name: { type: 'string' } },
  ],
  ['crm', 'getCustomer', 'Read one customer record.', { customerId: { type: 'string' } }],
  ['crm', 'addNote', 'Add a note to a customer record.', { customerId: { type: 'string' }, text: { type: 'string' } }],
  ['crm', 'listTickets', 'List open tickets of a customer.', { customerId: { type: 'string' } }],
  ['billing', 'getInvoice', 'Read an invoice.', { invoiceId: { type: 'string' } }],
  ['billing', 'listPayments', 'List recent payments.', { customerId: { type: 'string' }, limit: { type: 'integer' } }],
  [
    'billing',
    'createRefund',
    'Start a refund for a payment.',
    { paymentId: { type: 'string' }, amount: { type: 'number' } },
  ],
  ['billing', 'explainPlan', 'Explain the customer’s price plan.', { planId: { type: 'string' } }],
  ['scheduling', 'findSlot', 'Find free appointment slots.', { from: { type: 'string', format: 'date-time' } }],
  [
    'scheduling',
    'bookSlot',
    'Book an appointment slot.',
    { slotId: { type: 'string' }, customerId: { type: 'string' } },
  ],
  ['scheduling', 'cancelBooking', 'Cancel a booking.', { bookingId: { type: 'string' } }],
  ['knowledge', 'searchArticles', 'Search the help centre.', { query: { type: 'string' } }],
  ['knowledge', 'getArticle', 'Read a help-centre article.', { articleId: { type: 'string' } }],
  [
    'knowledge',
    'translate',
    'Translate text between Vietnamese and English.',
    { text: { type: 'string' }, to: { enum: ['vi', 'en'] } },
  ],
  ['telephony', 'transferCall', 'Transfer the call to a queue.', { queueId: { type: 'integer' } }],
]

const agentNames = ['salesAssistant', 'billingHelper', 'bookingAgent', 'supportTriage', 'vietnameseGreeter']

/** Seeds ~15 tools, five overrides (one selecting a tool gone from the catalog) and 50 executions. */
export function seedAgentHub(random: SeededRandom, start: number, userId: string) {
  const iso = (ms: number) => new Date(ms).toISOString()
  const tools: ToolRecord[] = catalog.map(([serviceName, api, description, properties]) => ({
    id: random.uuid(),
    toolName: `${serviceName}:${api}`,
    serviceName,
    description,
    parameters: { type: 'object', properties, required: Object.keys(properties).slice(0, 1) },
    lastRefreshed: iso(start - random.int(1, 72) * 3_600_000),
    recordVersion: 1,
    createdAt: iso(start - 30 * 86_400_000),
    updatedAt: iso(start - random.int(1, 72) * 3_600_000),
    _owner: userId,
    isActive: true,
  }))
  const overrides: OverrideRecord[] = agentNames.map((agentName, index) => ({
    id: random.uuid(),
    agentName,
    provider: index % 2 === 0 ? 'openai' : 'anthropic',
    model: index % 2 === 0 ? 'gpt-4o' : 'claude-sonnet',
    systemPrompt: index === 4 ? 'Chào khách bằng tiếng Việt, lịch sự và ngắn gọn.' : `You are the ${agentName}.`,
    temperature: [0.2, 0.7, 0.4, 1, 0.5][index] ?? 0.5,
    maxTokens: index === 3 ? null : 1024 * (index + 1),
    responseFormat: index === 2 ? 'json' : 'text',
    selectedTools:
      index === 1
        ? ['billing:getInvoice', 'billing:listPayments', 'billing:legacyBalance']
        : tools.slice(index * 2, index * 2 + 3).map((tool) => tool.toolName),
    guardrails: index === 3 ? null : { maxToolCalls: 5 + index, timeout: 30_000, maxTokenBudget: 20_000 },
    enabled: index !== 4,
    updatedBy: userId,
    recordVersion: random.int(1, 6),
    createdAt: iso(start - random.int(10, 40) * 86_400_000),
    updatedAt: iso(start - random.int(0, 9) * 86_400_000),
    _owner: userId,
    isActive: true,
  }))
  const statuses = ['success', 'success', 'success', 'success', 'error', 'timeout'] as const
  const sources = ['rest', 'sse', 'kafka', 'agent'] as const
  const executions: ExecutionRecord[] = Array.from({ length: 50 }, (_unused, index) => {
    const status = random.pick(statuses)
    const source = random.pick(sources)
    const agentType = random.chance(0.8) ? 'design' : 'dynamic'
    const prompt = random.int(200, 4000)
    const completion = status === 'success' ? random.int(50, 1500) : random.int(0, 200)
    const at = start - (50 - index) * random.int(5, 40) * 60_000
    return {
      id: random.uuid(),
      agentName: random.pick(agentNames),
      agentType,
      agentType_idx: agentType === 'design' ? 0 : 1,
      source,
      source_idx: sources.indexOf(source),
      userId: random.chance(0.7) ? userId : random.uuid(),
      input: {
        message: random.chance(0.5) ? 'Tôi muốn kiểm tra hóa đơn tháng này' : 'Can I book a call for tomorrow?',
      },
      output: status === 'success' ? { reply: 'Done. Anything else?' } : null,
      toolCalls: random.int(0, 6),
      tokenUsage: { prompt, completion, total: prompt + completion },
      durationMs: status === 'timeout' ? 30_000 : random.int(400, 9000),
      status,
      status_idx: statuses.indexOf(status) >= 4 ? (status === 'error' ? 1 : 2) : 0,
      error:
        status === 'error'
          ? 'Tool billing:getInvoice failed: upstream 502'
          : status === 'timeout'
            ? 'Execution exceeded 30000 ms'
            : null,
      recordVersion: 1,
      createdAt: iso(at),
      updatedAt: iso(at),
      _owner: userId,
      isActive: true,
    }
  })
  return { tools, overrides, executions }
}
