import type { trends as english } from '../en/trends'

export const trends: typeof english = {
  title: '60 phút qua',
  note: 'Mỗi phút một điểm: đang đổ chuông và đang gọi là số lớn nhất thấy được trong các lần kiểm tra của phút đó (ước tính theo chu kỳ kiểm tra), cuộc gọi nhỡ là số cuộc bị nhỡ.',
  none: 'Chưa có số liệu hàng đợi. Xu hướng sẽ được điền dần khi ứng dụng kiểm tra, mỗi phút một điểm.',
  keep: 'Giữ lại sau khi khởi động lại',
  keepHint: 'Chỉ lưu số đếm, trong một tệp cạnh phần cài đặt; mẫu cũ hơn một giờ sẽ bị bỏ.',
  series: {
    ringing: 'Đang đổ chuông',
    onCalls: 'Đang gọi',
    missed: 'Nhỡ',
  },
  minutesAgo: '{{minutes}} phút trước',
  now: 'bây giờ',
  kinds: {
    queue: 'Hàng đợi',
    domain: 'Tên miền',
    account: 'Tài khoản',
  },
  summary: 'đổ chuông cao nhất {{ringingPeak}}, đang gọi cao nhất {{onCallsPeak}}, {{missed}} cuộc nhỡ trong giờ qua',
  summaryNoData: 'chưa có số liệu trong giờ qua',
  showAll: 'Hiện cả {{count}}',
  showFewer: 'Thu gọn',
}
