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
    pauseUntilTime: 'Tạm dừng đến',
    pauseUntilTimeHint: 'Một giờ trong hôm nay, hoặc ngày mai nếu giờ đó đã qua.',
    pauseUntilButton: 'Tạm dừng đến giờ này',
  },
  hours: {
    title: 'Giờ làm việc',
    intro:
      'Ngoài giờ làm việc, cảnh báo được tạm dừng: cuộc gọi vẫn được ghi vào lịch sử nhưng không có thông báo hay chuông. Giờ theo đồng hồ của máy này.',
    enabled: 'Tạm dừng cảnh báo ngoài giờ làm việc',
    overnightHint:
      'Có thể đặt ca đêm: giờ kết thúc trước giờ bắt đầu nghĩa là ca kéo sang sáng hôm sau, nên Thứ Hai 22:00 đến 06:00 kết thúc lúc 06:00 Thứ Ba.',
    day: {
      mon: 'Thứ Hai',
      tue: 'Thứ Ba',
      wed: 'Thứ Tư',
      thu: 'Thứ Năm',
      fri: 'Thứ Sáu',
      sat: 'Thứ Bảy',
      sun: 'Chủ Nhật',
    },
    start: 'Từ',
    end: 'Đến',
    save: 'Lưu giờ làm việc',
    saved: 'Đã lưu giờ làm việc.',
    problems: {
      time: 'Nhập giờ theo dạng HH:MM, ví dụ 08:00 hoặc 17:30.',
      sameStartAndEnd:
        'Giờ kết thúc phải khác giờ bắt đầu. Với ca đêm, hãy đặt giờ kết thúc trước giờ bắt đầu (22:00 đến 06:00).',
    },
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
