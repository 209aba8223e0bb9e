import type { desktop as english } from '../en/desktop'

// Vietnamese has one plural form: `_one` and `_other` say the same.
export const desktop: typeof english = {
  callRinging: 'Cuộc gọi đang đổ chuông tới {{who}}',
  outboundRinging: 'Cuộc gọi ra đang đổ chuông từ {{who}}',
  calledNumber: 'Tới số {{number}}',
  numberNotReported: 'Không rõ số nhận cuộc gọi',
  directionNotReported: 'không rõ chiều gọi',
  callsRinging_one: '{{count}} cuộc gọi đang đổ chuông ở {{account}}',
  callsRinging_other: '{{count}} cuộc gọi đang đổ chuông ở {{account}}',
  agentRinging: '{{name}} đang đổ chuông',
  aiFailed: 'Trợ lý AI {{agent}} bị lỗi',
  aiTimedOut: 'Trợ lý AI {{agent}} quá thời gian',
  testBody: 'Thông báo hoạt động. Cuộc gọi đổ chuông sẽ hiện như thế này.',
  tray: {
    callsRinging_one: '{{count}} cuộc gọi đang đổ chuông',
    callsRinging_other: '{{count}} cuộc gọi đang đổ chuông',
    problems_one: '{{count}} sự cố',
    problems_other: '{{count}} sự cố',
    mayBeMissedOn: 'có thể bỏ lỡ cuộc gọi ở {{account}} từ {{time}}',
    mayBeMissedAccounts_one: 'có thể bỏ lỡ cuộc gọi ở {{count}} tài khoản từ {{time}}',
    mayBeMissedAccounts_other: 'có thể bỏ lỡ cuộc gọi ở {{count}} tài khoản từ {{time}}',
    paused: 'đã tạm dừng thông báo',
    pausedUntil: 'đã tạm dừng thông báo đến {{time}}',
    outsideHours: 'ngoài giờ làm việc',
    outsideHoursUntil: 'ngoài giờ làm việc đến {{time}}',
  },
  menu: {
    open: 'Mở AgentDesk',
    pause: 'Tạm dừng thông báo',
    for15m: 'Trong 15 phút',
    for1h: 'Trong 1 giờ',
    untilResumed: 'Đến khi tôi bật lại',
    untilTime: 'Đến một giờ…',
    resume: 'Bật lại thông báo',
    quit: 'Thoát AgentDesk',
  },
}
