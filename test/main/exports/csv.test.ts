import { describe, expect, it } from 'vitest'

import { alertsCsv } from '../../../src/main/exports/alert-csv'
import { buildCsv, csvField, neutraliseFormula } from '../../../src/main/exports/csv'
import { missedCallsCsv } from '../../../src/main/exports/missed-csv'
import type { MissedCallEntry } from '../../../src/main/monitor/missed-call-log'
import type { Alert } from '../../../src/shared/domain/live'

/** RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 1
    } else field += char
  }
  expect(field, 'the file ends with CRLF').toBe('')
  return rows
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

const alert = (overrides: Partial<Alert>): Alert => ({
  id: 'missed:1',
  kind: 'missed',
  subject: '101 (Trần Thị Lan)',
  detail: null,
  calledNumber: '+84912345678',
  accountId: 'a',
  accountLabel: 'Hotline',
  at: '2026-11-24T09:05:07.000Z',
  notified: true,
  ...overrides,
})

describe('the CSV builder', () => {
  it('starts with the UTF-8 byte-order mark and ends every line with CRLF', () => {
    const bytes = buildCsv(['a', 'b'], [['1', '2']])
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(decode(bytes)).toBe('\uFEFFa,b\r\n1,2\r\n')
    expect(decode(bytes).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('keeps Vietnamese names intact, byte for byte', () => {
    const bytes = buildCsv(['Tên'], [['Trần Thị Lan'], ['Nguyễn Văn An']])
    expect(parseCsv(decode(bytes).slice(1))).toEqual([['Tên'], ['Trần Thị Lan'], ['Nguyễn Văn An']])
    expect(bytes.includes(Buffer.from('Trần Thị Lan', 'utf8'))).toBe(true)
  })

  it('quotes commas, quotes and line breaks so each value comes back whole', () => {
    const hostile = ['Lan, Trần', 'say "hi"', 'two\nlines', 'cr\r\nlf', '"', ',', '', ' padded ']
    const text = decode(
      buildCsv(
        ['v'],
        hostile.map((value) => [value]),
      ),
    ).slice(1)
    expect(
      parseCsv(text)
        .slice(1)
        .map(([value]) => value),
    ).toEqual(hostile)
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
  })

  it('neutralises formulas: =, +, -, @, tab and CR first get an apostrophe, so Excel shows them as text', () => {
    for (const value of [
      '=1+1',
      '=HYPERLINK("http://x.example","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ]) {
      expect(neutraliseFormula(value)).toBe(`'${value}`)
    }
    expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0")
    expect(csvField('=1,2')).toBe(`"'=1,2"`)
    // Not at the start: nothing to run.
    expect(neutraliseFormula('Lan = Trần')).toBe('Lan = Trần')
  })

  it('leaves phone numbers readable: a + followed by digits only cannot hold a formula', () => {
    expect(neutraliseFormula('+84912345678')).toBe('+84912345678')
    expect(neutraliseFormula('02873001234')).toBe('02873001234')
    // Anything more than digits after the + is treated as any other value.
    expect(neutraliseFormula('+84 912 345 678')).toBe("'+84 912 345 678")
    expect(neutraliseFormula('+84912345678+SUM(A1)')).toBe("'+84912345678+SUM(A1)")
    expect(neutraliseFormula('+1234567890123456')).toBe("'+1234567890123456")
  })

  it('writes a big history quickly and completely', () => {
    const rows = Array.from({ length: 50_000 }, (_, index) => [
      `Trần Thị Lan ${index}`,
      '=evil()',
      'a,b',
      String(index),
    ])
    const started = performance.now()
    const bytes = buildCsv(['name', 'formula', 'comma', 'n'], rows)
    const elapsed = performance.now() - started
    const parsed = parseCsv(decode(bytes).slice(1))
    expect(parsed).toHaveLength(50_001)
    expect(parsed.at(-1)).toEqual(['Trần Thị Lan 49999', "'=evil()", 'a,b', '49999'])
    // Generous: a figure for the log, not a timing test; it only catches a quadratic builder.
    expect(elapsed).toBeLessThan(5000)
  })
})

describe('the alert history as CSV', () => {
  const history = [
    alert({ seen: false }),
    alert({ id: 'ringing:2', kind: 'ringing', subject: '=HYPERLINK("x")', calledNumber: null }),
    alert({
      id: 'ai:3',
      kind: 'ai_failed',
      subject: 'bookingAgent',
      detail: 'Timeout, "retry"\nlater',
      notified: false,
    }),
  ]
  const now = new Date('2026-11-24T10:00:00Z')

  it('has a header row in English, the times as Excel reads them, and one row per alert', () => {
    const file = alertsCsv(history, { language: 'en', now, timeZone: 'Asia/Ho_Chi_Minh' })
    expect(file.fileName).toBe('agentdesk-alerts-2026-11-24.csv')
    expect(file.rows).toBe(3)
    const rows = parseCsv(decode(file.bytes).slice(1))
    expect(rows[0]).toEqual(['Time', 'Alert', 'Account', 'Who or what', 'Number called', 'Detail', 'Notified', 'Seen'])
    expect(rows[1]).toEqual([
      '2026-11-24 16:05:07',
      'Missed call',
      'Hotline',
      '101 (Trần Thị Lan)',
      '+84912345678',
      '',
      'Yes',
      'No',
    ])
    expect(rows[2]?.[3]).toBe(`'=HYPERLINK("x")`)
    expect(rows[3]?.slice(5)).toEqual(['Timeout, "retry"\nlater', 'No', ''])
  })

  it('in Vietnamese', () => {
    const file = alertsCsv(history.slice(0, 1), { language: 'vi', now, timeZone: 'UTC' })
    expect(parseCsv(decode(file.bytes).slice(1))).toEqual([
      ['Thời gian', 'Cảnh báo', 'Tài khoản', 'Ai hoặc cái gì', 'Số được gọi', 'Chi tiết', 'Đã thông báo', 'Đã xem'],
      ['2026-11-24 09:05:07', 'Cuộc gọi nhỡ', 'Hotline', '101 (Trần Thị Lan)', '+84912345678', '', 'Có', 'Không'],
    ])
  })
})

describe("the day's missed calls as CSV", () => {
  const now = new Date('2026-11-24T10:00:00Z')
  const entry = (overrides: Partial<MissedCallEntry> = {}): MissedCallEntry => ({
    callId: 'c1',
    at: '2026-11-24T09:05:07.000Z',
    accountId: 'a',
    accountLabel: 'Tổng đài, "Hà Nội"',
    extension: '101',
    agentName: 'Trần Thị Lan',
    calledNumber: '+84912345678',
    queues: [
      { id: 9001, label: 'Sales' },
      { id: 9002, label: null },
    ],
    ...overrides,
  })

  it('has a header row in the user language and the queues by id and by label', () => {
    const log = {
      day: '2026-11-24',
      limit: 20_000,
      dropped: 0,
      entries: [entry(), entry({ callId: 'c2', agentName: '=cmd()', calledNumber: null, queues: [] })],
    }
    const file = missedCallsCsv(log, { language: 'vi', now, timeZone: 'UTC' })
    expect(file.fileName).toBe('agentdesk-missed-calls-2026-11-24.csv')
    expect(file.rows).toBe(2)
    expect(parseCsv(decode(file.bytes).slice(1))).toEqual([
      ['Thời gian', 'Tài khoản', 'Số máy nhánh', 'Nhân viên', 'Số được gọi', 'Mã hàng đợi', 'Hàng đợi'],
      [
        '2026-11-24 09:05:07',
        'Tổng đài, "Hà Nội"',
        '101',
        'Trần Thị Lan',
        '+84912345678',
        '9001, 9002',
        'Sales, Hàng đợi 9002',
      ],
      ['2026-11-24 09:05:07', 'Tổng đài, "Hà Nội"', '101', "'=cmd()", '', '', ''],
    ])
    const english = parseCsv(decode(missedCallsCsv(log, { language: 'en', now, timeZone: 'UTC' }).bytes).slice(1))
    expect(english[0]).toEqual(['Time', 'Account', 'Extension', 'Agent', 'Number called', 'Queue IDs', 'Queues'])
  })

  it('says in a last row how many earlier calls the bound left out', () => {
    const log = { day: '2026-11-24', limit: 2, dropped: 3, entries: [entry(), entry({ callId: 'c2' })] }
    const rows = parseCsv(decode(missedCallsCsv(log, { language: 'en', now, timeZone: 'UTC' }).bytes).slice(1))
    expect(rows).toHaveLength(4)
    expect(rows.at(-1)).toEqual([
      'Only the last 2 missed calls of the day are kept: 3 earlier ones are not in this file.',
    ])
  })
})
