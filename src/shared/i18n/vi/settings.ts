import type { settings as english } from '../en/settings'

export const settings: typeof english = {
  appearance: {
    legend: 'Giao diện',
    theme: 'Chủ đề',
    system: 'Theo hệ thống',
    light: 'Sáng',
    dark: 'Tối',
  },
  window: {
    legend: 'Cửa sổ',
    closeToTray: 'Vẫn chạy ở khay hệ thống khi đóng cửa sổ',
    closeToTrayHint: 'Cuộc gọi vẫn được báo khi cửa sổ đã đóng.',
    startMinimized: 'Khởi động ẩn trong khay hệ thống',
    startMinimizedHint: 'Mở cửa sổ từ biểu tượng ở khay khi cần.',
    startAtLogin: 'Khởi động khi tôi đăng nhập vào máy này',
    startAtLoginHint: 'AgentDesk mở sẵn trong khay, sẵn sàng cho cuộc gọi đầu tiên trong ngày.',
  },
  notifications: {
    title: 'Thông báo',
    pause15m: 'Tạm dừng 15 phút',
    pause1h: 'Tạm dừng 1 giờ',
    pauseUntilResumed: 'Tạm dừng đến khi tôi bật lại',
    resume: 'Bật lại thông báo',
    sendTest: 'Gửi thông báo thử',
  },
  about: {
    title: 'Giới thiệu',
    version: 'Phiên bản',
    platform: 'Nền tảng',
    runningAs: 'Chạy dưới dạng',
    desktop: 'Ứng dụng máy tính',
    harness: 'Trình duyệt thử nghiệm (phát triển)',
    check: 'Kiểm tra kết nối tới dịch vụ',
    answered: 'Dịch vụ trả lời sau {{elapsed}} ms (lúc {{time}}).',
  },
}
