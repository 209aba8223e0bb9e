import type { Language } from '../../shared/domain/settings'
import type { TrayMenuWords } from '../../shared/domain/tray'

/**
 * The words the main process puts on the desktop (notifications, the tray) in the language
 * the user chose in Settings; the renderer has its own, through i18next.
 */
export interface DesktopText {
  /** An inbound call, or one whose direction the provider did not report. */
  readonly callRinging: (who: string) => string
  readonly outboundRinging: (who: string) => string
  /** The number receiving the call (Tel4vn's destination), never called the caller. */
  readonly calledNumber: (number: string) => string
  readonly numberNotReported: string
  readonly directionNotReported: string
  readonly callsRinging: (count: number, account: string) => string
  readonly agentRinging: (name: string) => string
  readonly aiFailed: (agent: string, timedOut: boolean) => string
  readonly testBody: string
  readonly trayCallsRinging: (count: number) => string
  readonly trayProblems: (count: number) => string
  /** Polls of these accounts keep failing, so rings may go unseen since that time. */
  readonly trayCallsMayBeMissed: (accounts: ReadonlyArray<string>, time: string) => string
  readonly trayPaused: string
  readonly trayPausedUntil: (time: string) => string
  readonly menu: TrayMenuWords
}

const english: DesktopText = {
  callRinging: (who) => `Call ringing on ${who}`,
  outboundRinging: (who) => `Outbound call ringing from ${who}`,
  calledNumber: (number) => `To ${number}`,
  numberNotReported: 'Number called not reported',
  directionNotReported: 'direction not reported',
  callsRinging: (count, account) => `${count} calls ringing in ${account}`,
  agentRinging: (name) => `${name} is ringing`,
  aiFailed: (agent, timedOut) => `AI agent ${agent} ${timedOut ? 'timed out' : 'failed'}`,
  testBody: 'Notifications work. A ringing call will appear like this.',
  trayCallsRinging: (count) => (count === 1 ? '1 call ringing' : `${count} calls ringing`),
  trayProblems: (count) => (count === 1 ? '1 problem' : `${count} problems`),
  trayCallsMayBeMissed: (accounts, time) =>
    `calls may be missed on ${accounts.length === 1 ? accounts[0] : `${accounts.length} accounts`} since ${time}`,
  trayPaused: 'notifications paused',
  trayPausedUntil: (time) => `notifications paused until ${time}`,
  menu: {
    open: 'Open AgentDesk',
    pause: 'Pause notifications',
    for15m: 'For 15 minutes',
    for1h: 'For 1 hour',
    untilResumed: 'Until I resume',
    resume: 'Resume notifications',
    quit: 'Quit AgentDesk',
  },
}

const vietnamese: DesktopText = {
  callRinging: (who) => `Cuộc gọi đang đổ chuông tới ${who}`,
  outboundRinging: (who) => `Cuộc gọi ra đang đổ chuông từ ${who}`,
  calledNumber: (number) => `Tới số ${number}`,
  numberNotReported: 'Không rõ số nhận cuộc gọi',
  directionNotReported: 'không rõ chiều gọi',
  callsRinging: (count, account) => `${count} cuộc gọi đang đổ chuông ở ${account}`,
  agentRinging: (name) => `${name} đang đổ chuông`,
  aiFailed: (agent, timedOut) => `Trợ lý AI ${agent} ${timedOut ? 'quá thời gian' : 'bị lỗi'}`,
  testBody: 'Thông báo hoạt động. Cuộc gọi đổ chuông sẽ hiện như thế này.',
  trayCallsRinging: (count) => `${count} cuộc gọi đang đổ chuông`,
  trayProblems: (count) => `${count} sự cố`,
  trayCallsMayBeMissed: (accounts, time) =>
    `có thể bỏ lỡ cuộc gọi ở ${accounts.length === 1 ? accounts[0] : `${accounts.length} tài khoản`} từ ${time}`,
  trayPaused: 'đã tạm dừng thông báo',
  trayPausedUntil: (time) => `đã tạm dừng thông báo đến ${time}`,
  menu: {
    open: 'Mở AgentDesk',
    pause: 'Tạm dừng thông báo',
    for15m: 'Trong 15 phút',
    for1h: 'Trong 1 giờ',
    untilResumed: 'Đến khi tôi bật lại',
    resume: 'Bật lại thông báo',
    quit: 'Thoát AgentDesk',
  },
}

const texts: Readonly<Record<Language, DesktopText>> = { en: english, vi: vietnamese }

/** The desktop's words in a language. */
export function desktopText(language: Language): DesktopText {
  return texts[language]
}
