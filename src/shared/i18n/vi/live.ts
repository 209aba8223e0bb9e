import type { live as english } from '../en/live'

export const live: typeof english = {
  empty: {
    title: 'Chưa có cuộc gọi nào để theo dõi',
    body: 'Kết nối một tài khoản Tel4vn để các cuộc gọi đang đổ chuông hiện ở đây, kèm thông báo trên màn hình ngay khi chuông reo; AloHub và VoIPbin bổ sung trạng thái nhân viên, AgentHub bổ sung các lần chạy AI bị lỗi.',
  },
  calls: {
    title: 'Cuộc gọi',
    ringingCount: '({{ringing}} đang đổ chuông)',
    showMine: 'Chỉ hiện cuộc gọi dành cho tôi',
    showMore: 'Hiện thêm {{hidden}} cuộc gọi (không dành cho bạn)',
    noneForYou: 'Hiện không có cuộc gọi nào dành cho bạn.',
    caption: 'Cuộc gọi đang đổ chuông và đang đàm thoại',
    state: 'Trạng thái',
    extension: 'Máy lẻ',
    numberCalled: 'Số nhận cuộc gọi',
    duration: 'Thời lượng',
    account: 'Tài khoản',
    ringing: 'Đang đổ chuông',
    onCall: 'Đang đàm thoại',
    inbound: 'Gọi vào',
    outbound: 'Gọi ra',
    numberNotReported: 'Không được báo',
    directionNotReported: 'không rõ chiều gọi',
  },
  filter: {
    label: 'Bộ lọc cuộc gọi',
    direction: 'Chiều gọi',
    any: 'Gọi vào và gọi ra',
    inbound: 'Chỉ gọi vào',
    outbound: 'Chỉ gọi ra',
    agents: 'Nhân viên',
    agentsPlaceholder: 'Tất cả nhân viên, hoặc máy lẻ và tên: 082018, Lan',
    agentsProblem: 'Mỗi nhân viên là một máy lẻ hoặc một tên dài tối đa 64 ký tự, cách nhau bằng dấu phẩy.',
    invalid: 'Bộ lọc này không hợp lệ.',
    queues: 'Hàng đợi',
    noQueues:
      'Hàng đợi lấy từ một tài khoản AloHub đang được theo dõi; hãy thêm một tài khoản như vậy để lọc theo hàng đợi.',
    queue: 'Hàng đợi {{id}}',
    open: 'Tài khoản giám sát báo cho bạn mọi cuộc gọi.',
    narrowed:
      'Tài khoản giám sát chỉ báo cho bạn các cuộc gọi khớp bộ lọc; nhân viên luôn được báo cuộc gọi vào máy lẻ của mình.',
    agentOnly:
      'Tài khoản nhân viên báo cho bạn các cuộc gọi vào máy lẻ của mình; bộ lọc này chỉ áp dụng cho tài khoản giám sát.',
    mixedOpen: 'Tài khoản giám sát báo cho bạn mọi cuộc gọi; tài khoản nhân viên báo các cuộc gọi vào máy lẻ của bạn.',
    clear: 'Xóa bộ lọc',
  },
  monitors: {
    label: 'Tài khoản đang theo dõi',
    starting: 'Đang kết nối…',
    ok: 'Đang theo dõi',
    error: 'Có sự cố',
    paused: 'Tạm dừng',
    pushConnecting: 'đang kết nối cập nhật tức thời',
    pushConnected: 'cập nhật tức thời',
    pushDown: 'hỏi định kỳ (cập nhật tức thời bị gián đoạn)',
    mayMiss: 'Có thể bỏ lỡ cuộc gọi từ {{time}}',
    pushOffLabel: 'chỉ hỏi định kỳ',
    pushOff: {
      no_customer_id:
        'Cập nhật tức thời đang tắt: token không cho biết khách hàng nào (đây là access key). Đang hỏi định kỳ mỗi {{seconds}} giây. Thêm mã khách hàng (customer id) vào tài khoản để bật cập nhật tức thời.',
      no_token:
        'Cập nhật tức thời đang tắt: không dùng được token của tài khoản. Đang hỏi định kỳ mỗi {{seconds}} giây.',
      refused:
        'Cập nhật tức thời đang tắt: VoIPbin từ chối token cho kênh này. Đang hỏi định kỳ mỗi {{seconds}} giây và sẽ thử lại.',
      unavailable:
        'Cập nhật tức thời đang tắt: máy chủ này không có kênh cập nhật tức thời. Đang hỏi định kỳ mỗi {{seconds}} giây và sẽ thử lại.',
      unreachable: 'Không kết nối được kênh cập nhật tức thời. Đang hỏi định kỳ mỗi {{seconds}} giây và sẽ thử lại.',
      dropped: 'Kênh cập nhật tức thời bị ngắt. Đang hỏi định kỳ mỗi {{seconds}} giây cho đến khi kết nối lại.',
    },
  },
  presence: {
    title: 'Trạng thái nhân viên',
    ofTotal: '{{online}} trên {{total}}',
    reachable: 'liên lạc được',
    changes: 'Thay đổi trạng thái',
    status: {
      available: 'sẵn sàng',
      away: 'vắng mặt',
      busy: 'bận',
      offline: 'ngoại tuyến',
      ringing: 'đang đổ chuông',
      unknown: 'không rõ',
      loggedOut: 'đã đăng xuất',
      notAvailable: 'không sẵn sàng',
    },
  },
  alerts: {
    title: 'Cảnh báo gần đây',
    clear: 'Xóa',
    none: 'Chưa có cảnh báo nào. Cuộc gọi nhỡ sẽ được giữ ở đây đến khi bạn xóa.',
    missed: 'Cuộc gọi nhỡ ở',
    ringing: 'Đã đổ chuông ở',
    agentRinging: 'Đang đổ chuông:',
    aiFailed: 'Trợ lý AI lỗi:',
    notNotified: 'không gửi thông báo',
    calledNumber: 'tới số {{number}}',
  },
  notifications: {
    label: 'Thông báo trên màn hình',
    dismiss: 'Đóng thông báo: {{title}}',
  },
  notConnected: {
    title: 'AgentDesk không kết nối được tới dịch vụ',
    body: 'Trang này cần ứng dụng máy tính, hoặc trình duyệt thử nghiệm được khởi động bằng <code>npm run dev:browser</code>. Hãy mở địa chỉ mà trình thử nghiệm in ra: địa chỉ đó chứa mã truy cập của lần chạy này.',
  },
}
