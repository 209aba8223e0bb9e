import type { common as english } from '../en/common'

export const common: typeof english = {
  appName: 'AgentDesk',
  loading: 'Đang tải…',
  goToAccounts: 'Đến Tài khoản',
  somethingWrong: 'Đã có lỗi xảy ra.',
  harnessBanner:
    'Trình duyệt thử nghiệm: chỉ dùng khi phát triển. Thông báo trên màn hình hiện ở góc dưới bên phải trang này.',
  nav: {
    label: 'Chính',
    live: 'Trực tiếp',
    liveDescription: 'Cuộc gọi đang đổ chuông và đang nghe, ngay lúc này',
    agents: 'Nhân viên',
    agentsDescription: 'Nhân viên, hàng đợi và ghi âm',
    aiAgents: 'Trợ lý AI',
    aiAgentsDescription: 'Cấu hình bot và các lần chạy',
    accounts: 'Tài khoản',
    accountsDescription: 'Kết nối nhà cung cấp và khóa API',
    settings: 'Cài đặt',
    settingsDescription: 'Giao diện, cửa sổ và thông báo',
  },
  demo: {
    banner: 'Không gian demo: năm nhà cung cấp mô phỏng chạy trên máy này, với người và cuộc gọi giả lập.',
    leave: 'Rời demo',
    starting: 'Đang khởi động demo…',
    try: 'Dùng thử không gian demo',
  },
  status: {
    disconnected: 'Mất kết nối với dịch vụ',
    checking: 'Đang kiểm tra thông báo…',
    on: 'Thông báo đang bật',
    pausedIndefinitely: 'Tạm dừng đến khi bạn bật lại',
    pausedUntil: 'Tạm dừng đến {{time}}',
    outsideHours: 'Ngoài giờ làm việc',
    outsideHoursUntil: 'Ngoài giờ làm việc đến {{time}}',
  },
  language: {
    legend: 'Ngôn ngữ',
    label: 'Ngôn ngữ',
    en: 'English',
    vi: 'Tiếng Việt',
  },
  proxyAuth: {
    title: 'Đăng nhập proxy',
    ask: 'Máy chủ proxy {{proxy}} yêu cầu tên người dùng và mật khẩu trước khi AgentDesk có thể kết nối tới các nhà cung cấp.',
    again: 'Máy chủ proxy {{proxy}} đã từ chối tên người dùng và mật khẩu đó. Hãy kiểm tra lại rồi thử lại.',
    username: 'Tên người dùng',
    password: 'Mật khẩu',
    keep: 'Mật khẩu được lưu trong kho khóa của hệ thống, chỉ dùng cho proxy này.',
    signIn: 'Đăng nhập',
    cancel: 'Hủy',
    problems: {
      enterUsername: 'Hãy nhập tên người dùng proxy',
      tooLong: 'Tối đa {{max}} ký tự',
    },
  },
}
