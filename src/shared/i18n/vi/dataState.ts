import type { dataState as english } from '../en/dataState'

/** Cách mọi danh sách báo đang tải, đang chờ, trống, lỗi hay đã cũ. */
export const dataState: typeof english = {
  source: '{{provider}} ({{account}})',
  stillWaiting: 'Vẫn đang chờ {{source}}…',
  cancel: 'Hủy',
  cancelLabel: 'Thôi chờ {{source}}',
  stopped: 'Đã thôi chờ {{source}}: yêu cầu đã được hủy. Danh sách này để trống cho đến khi bạn thử lại.',
  tryAgain: 'Thử lại',
  retryingIn: 'Tự thử lại sau {{wait}}.',
  retrying: 'Đang thử lại…',
  stale: 'Đang hiển thị dữ liệu tải lúc {{time}}: đọc lại không thành công.',
  timedOut: '{{source}} không trả lời kịp.',
  connectionBroke: 'Kết nối tới {{source}} bị ngắt trước khi nhận được trả lời.',
  rateLimited: '{{source}} yêu cầu AgentDesk gửi chậm lại: thử lại sau {{wait}}.',
  rateLimitOver: '{{source}} yêu cầu AgentDesk gửi chậm lại; thời gian chờ đã hết.',
  outcome: {
    applied: 'AgentDesk đã đọc lại: thay đổi đã được áp dụng.',
    not_applied: 'AgentDesk đã đọc lại: thay đổi chưa được áp dụng.',
    unknown: 'AgentDesk không xác định được thay đổi đã được áp dụng hay chưa.',
  },
  interrupted: {
    network: 'Kết nối bị ngắt trước khi có trả lời; AgentDesk đã đọc lại: thay đổi đã được áp dụng.',
    timeout: 'Không nhận được trả lời kịp; AgentDesk đã đọc lại: thay đổi đã được áp dụng.',
    resent: 'Kết nối bị ngắt trước khi có trả lời; AgentDesk đã gửi lại một lần và được chấp nhận.',
  },
  wait: {
    seconds: '{{seconds}} giây',
    minutes: '{{minutes}} phút',
    minutesSeconds: '{{minutes}} phút {{seconds}} giây',
  },
  somethingWrong: 'Đã có lỗi xảy ra.',
}
