import type { ring as english } from '../en/ring'

/** Cửa sổ cuộc gọi đến và cài đặt nhạc chuông. */
export const ring: typeof english = {
  incoming: {
    label: 'Cuộc gọi đến',
    title: 'Cuộc gọi đang đổ chuông ở {{extension}}',
    titleAgent: 'Cuộc gọi đang đổ chuông ở {{extension}} ({{agent}})',
    destination: 'Số nhận cuộc gọi',
    direction: 'Chiều cuộc gọi',
    inbound: 'gọi vào',
    outbound: 'gọi ra',
    notReported: 'không được báo',
    queues: 'Hàng đợi',
    account: 'Tài khoản',
    more_one: 'Còn {{count}} cuộc gọi khác đang đổ chuông',
    more_other: 'Còn {{count}} cuộc gọi khác đang đổ chuông',
    open: 'Mở',
    dismiss: 'Bỏ qua',
    none: 'Không có cuộc gọi nào đang đổ chuông.',
  },
  settings: {
    title: 'Chuông',
    intro:
      'Khi có cuộc gọi đổ chuông cho bạn, AgentDesk phát nhạc chuông và giữ thông báo cho đến khi cuộc gọi được nghe, kết thúc hoặc bạn bỏ qua. Khi tạm dừng thông báo thì không đổ chuông.',
    tone: 'Nhạc chuông',
    tones: {
      chime: 'Leng keng',
      pulse: 'Nhịp đôi',
      bell: 'Chuông ngân',
      custom: 'Tệp của tôi',
      none: 'Không phát âm thanh',
    },
    chooseFile: 'Chọn tệp âm thanh…',
    customFile: 'Tệp của bạn: {{name}}',
    noCustomFile: 'Chưa chọn tệp nào.',
    volume: 'Âm lượng',
    volumeValue: '{{value}} %',
    device: 'Đổ chuông trên',
    alsoRingOn: 'Đổ chuông thêm trên',
    systemDefault: 'Thiết bị phát mặc định của hệ thống',
    noSecondDevice: 'Không có thiết bị thứ hai',
    unnamedDevice: 'Thiết bị phát {{number}}',
    devicesHint: 'Đổ chuông cả trên loa khi bạn đang đeo tai nghe.',
    incomingWindow: 'Cửa sổ cuộc gọi đến',
    windowChoices: {
      agents: 'Cho tài khoản tổng đài viên (mặc định)',
      always: 'Cho mọi cuộc gọi đổ chuông',
      never: 'Không bao giờ',
    },
    windowHint:
      'Một cửa sổ nhỏ luôn nằm trên cùng, gần khay hệ thống, không bao giờ lấy bàn phím khỏi phần mềm gọi điện của bạn.',
    macAlerts:
      'Trên macOS, hãy đặt AgentDesk ở kiểu "Cảnh báo" (Alerts) trong Cài đặt hệ thống › Thông báo, nếu không thông báo chuông sẽ biến mất sau vài giây.',
    macStyle: {
      alerts:
        'macOS hiển thị thông báo của AgentDesk ở kiểu Cảnh báo: chuông nằm trên màn hình đến khi cuộc gọi được trả lời, kết thúc hoặc bị bỏ qua.',
      banners:
        'macOS hiển thị thông báo của AgentDesk ở kiểu Biểu ngữ, sẽ biến mất sau vài giây: hãy đặt thành Cảnh báo (Alerts) trong Cài đặt hệ thống › Thông báo › AgentDesk.',
      none: 'macOS không hiển thị thông báo của AgentDesk: hãy đặt thành Cảnh báo (Alerts) trong Cài đặt hệ thống › Thông báo › AgentDesk.',
    },
    save: 'Lưu',
    saved: 'Đã lưu.',
    testTone: 'Phát thử nhạc chuông',
    stopTest: 'Dừng',
  },
}
