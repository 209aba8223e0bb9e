import type { csvExports as english } from '../en/exports'

export const csvExports: typeof english = {
  exportAlerts: 'Xuất CSV',
  exportMissed: 'Xuất cuộc gọi nhỡ',
  exporting: 'Đang xuất…',
  saved_one: 'Đã lưu {{rows}} dòng vào {{fileName}}',
  saved_other: 'Đã lưu {{rows}} dòng vào {{fileName}}',
  failed: 'Không lưu được tệp: {{reason}}',
  columns: {
    time: 'Thời gian',
    kind: 'Cảnh báo',
    account: 'Tài khoản',
    subject: 'Ai hoặc cái gì',
    calledNumber: 'Số được gọi',
    detail: 'Chi tiết',
    notified: 'Đã thông báo',
    seen: 'Đã xem',
  },
  kinds: {
    missed: 'Cuộc gọi nhỡ',
    ringing: 'Cuộc gọi đang đổ chuông',
    agentRinging: 'Nhân viên đang đổ chuông',
    aiFailed: 'Trợ lý AI lỗi',
    awaySet: 'Đã chuyển sang Vắng mặt sau cuộc gọi nhỡ',
    awayFailed: 'Không chuyển được sang Vắng mặt sau cuộc gọi nhỡ',
  },
  yes: 'Có',
  no: 'Không',
}
