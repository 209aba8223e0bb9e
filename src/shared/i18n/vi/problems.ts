import type { problems as english } from '../en/problems'

export const problems: typeof english = {
  ipc: {
    unknownOperation: 'Không có thao tác nào tên là {{name}}.',
    notPlainData: 'Yêu cầu cho {{operation}} không phải dữ liệu thuần.',
    tooLarge: 'Yêu cầu cho {{operation}} quá lớn ({{size}} byte; tối đa {{max}}).',
    invalid: 'Yêu cầu cho {{operation}} không hợp lệ.',
    internal: 'AgentDesk không hoàn tất được {{operation}} do lỗi nội bộ; chi tiết có trong nhật ký.',
    untrustedSender: 'Trang này không được phép giao tiếp với AgentDesk.',
    cancelled: 'AgentDesk đã dừng {{operation}} theo yêu cầu.',
    harnessLost: 'Mất kết nối tới các dịch vụ AgentDesk. Hãy khởi động lại harness rồi tải lại trang.',
    harnessNotConnected: 'Chưa kết nối tới các dịch vụ AgentDesk.',
  },
  invalidField: 'Giá trị của {{path}} không hợp lệ.',
  invalidValue: 'Một giá trị trong yêu cầu không hợp lệ.',
  unexpected: 'Đã xảy ra lỗi: {{detail}}',
  http: {
    auth: '{{provider}} đã từ chối thông tin xác thực ({{http}}).',
    auth_said: '{{provider}} đã từ chối thông tin xác thực ({{http}}): {{said}}.',
    forbidden: '{{provider}} đã từ chối: thông tin xác thực không có quyền làm việc này ({{http}}).',
    forbidden_said: '{{provider}} đã từ chối: thông tin xác thực không có quyền làm việc này ({{http}}): {{said}}.',
    not_found: '{{provider}} không tìm thấy thứ được yêu cầu ({{http}}).',
    not_found_said: '{{provider}} không tìm thấy thứ được yêu cầu ({{http}}): {{said}}.',
    invalid_input: '{{provider}} đã từ chối yêu cầu vì không hợp lệ ({{http}}).',
    invalid_input_said: '{{provider}} đã từ chối yêu cầu vì không hợp lệ ({{http}}): {{said}}.',
    conflict: '{{provider}} báo có thay đổi xung đột ({{http}}).',
    conflict_said: '{{provider}} báo có thay đổi xung đột ({{http}}): {{said}}.',
    rate_limited: '{{provider}} yêu cầu gửi chậm lại ({{http}}).',
    rate_limited_said: '{{provider}} yêu cầu gửi chậm lại ({{http}}): {{said}}.',
    server: '{{provider}} đang gặp sự cố của chính nó ({{http}}).',
    server_said: '{{provider}} đang gặp sự cố của chính nó ({{http}}): {{said}}.',
    network: 'Không kết nối được tới {{provider}} ({{http}}).',
    network_said: 'Không kết nối được tới {{provider}} ({{http}}): {{said}}.',
    timeout: '{{provider}} trả lời quá lâu ({{http}}).',
    timeout_said: '{{provider}} trả lời quá lâu ({{http}}): {{said}}.',
    bad_response: '{{provider}} gửi câu trả lời mà AgentDesk không hiểu ({{http}}).',
    bad_response_said: '{{provider}} gửi câu trả lời mà AgentDesk không hiểu ({{http}}): {{said}}.',
    tls: 'Không kết nối an toàn được tới {{provider}} ({{http}}).',
    tls_said: 'Không kết nối an toàn được tới {{provider}} ({{http}}): {{said}}.',
    insecure_url: 'Địa chỉ của {{provider}} không an toàn ({{http}}).',
    insecure_url_said: 'Địa chỉ của {{provider}} không an toàn ({{http}}): {{said}}.',
    htmlPage: 'Máy chủ trả về một trang HTML thay vì JSON, có lẽ từ một proxy hoặc cổng trung gian.',
    failureWithoutReason: 'Câu trả lời báo thất bại mà không nói lý do.',
    tryAgainIn: 'Hãy thử lại sau {{wait}}.',
  },
  rateLimit: {
    usedUp: 'Đã dùng hết hạn mức yêu cầu của {{provider}}: hãy thử lại sau {{wait}}.',
    usedUpEstimate:
      'Theo ước tính của AgentDesk, đã dùng hết hạn mức yêu cầu của {{provider}}: hãy thử lại sau tối đa {{wait}}.',
  },
  answer: {
    tooLarge: '{{provider}} gửi câu trả lời lớn hơn {{megabytes}} MB.',
    notDecompressed: '{{provider}} gửi câu trả lời nén {{coding}} không giải nén được.',
    unknownEncoding: '{{provider}} gửi câu trả lời với kiểu mã hóa không rõ ({{coding}}).',
    notJson: '{{provider}} gửi câu trả lời không phải JSON hợp lệ.',
    notJsonHtml: '{{provider}} gửi câu trả lời không phải JSON hợp lệ (một trang HTML).',
    unexpected: '{{provider}} gửi câu trả lời không như mong đợi: {{details}}.',
  },
  transport: {
    timeoutConnect: 'Hết thời gian chờ kết nối tới {{source}}.',
    timeoutBody: 'Hết thời gian chờ nhận câu trả lời từ {{source}}.',
    timeoutAnswer: 'Hết thời gian chờ {{source}} trả lời.',
    untrusted: 'Không thể tin cậy kết nối an toàn tới {{source}} ({{code}}).',
    refused: '{{source}} đã từ chối kết nối.',
    notFound: 'Không tìm thấy {{source}} tại {{host}} (DNS).',
    notLookedUp: 'Không tra cứu được {{source}} tại {{host}} (DNS).',
    closed: '{{source}} đã đóng kết nối bất ngờ.',
    unreachable: 'Không thể kết nối tới {{source}}.',
    noNetwork: 'Không thể kết nối tới {{source}} (không có mạng).',
    notReached: 'Không kết nối được tới {{source}}.',
  },
  /** The proxy between this computer and the provider. */
  proxy: {
    authRefused:
      'Máy chủ proxy {{proxy}} từ chối xác thực nên không kết nối được tới {{source}}. Hãy nhập tên người dùng và mật khẩu proxy khi AgentDesk hỏi, hoặc liên hệ bộ phận IT để được cung cấp.',
  },
  baseUrl: {
    invalid: '"{{url}}" không phải URL gốc hợp lệ.',
    credentials: 'URL gốc không được chứa tên người dùng hay mật khẩu.',
    plainHttp:
      'AgentDesk chỉ kết nối tới {{host}} qua https; http thường chỉ được dùng cho chính máy tính này (127.0.0.1).',
    scheme: 'URL gốc phải bắt đầu bằng https:// (hiện bắt đầu bằng {{scheme}}//).',
  },
  write: {
    notApplied: 'AgentDesk đã đọc lại: thay đổi chưa được áp dụng.',
    unknownRead: 'Đọc lại cũng thất bại, nên AgentDesk không biết thay đổi đã được áp dụng hay chưa.',
    unknownResend: 'Gửi lại cũng thất bại, nên AgentDesk không biết thay đổi đã được áp dụng hay chưa.',
  },
  account: {
    gone: 'Tài khoản đó không còn nữa; có thể nó đã bị xóa.',
    wrongProvider: '{{account}} không thuộc {{provider}}.',
    noKey: 'Chưa có khóa cho {{account}}; hãy thêm khóa ở mục Tài khoản.',
    demo: 'Không thể thay đổi tài khoản demo; chúng sẽ biến mất khi bạn rời không gian demo.',
    importNotJson: 'Tệp đó không phải JSON. Không có gì được nhập.',
    importInvalid: 'Đó không phải tệp tài khoản AgentDesk: {{details}}. Không có gì được nhập.',
    importInvalidAt: 'Đó không phải tệp tài khoản AgentDesk tại {{path}}: {{details}}. Không có gì được nhập.',
  },
  keychain: {
    moduleMissing: 'Không tải được mô-đun kho khóa của AgentDesk ({{detail}}). Hãy cài lại AgentDesk.',
    linux:
      'Kho khóa của hệ thống không dùng được ({{detail}}). AgentDesk chỉ giữ khóa API ở đó: hãy cài và chạy một Secret Service như gnome-keyring (Debian/Ubuntu: apt install gnome-keyring libsecret-1-0), bảo đảm nó đã được mở khóa, rồi thử lại.',
    darwin:
      'Keychain của macOS đã từ chối truy cập ({{detail}}). Hãy mở khóa login keychain trong Keychain Access rồi thử lại.',
    windows:
      'Không dùng được Windows Credential Manager ({{detail}}). Hãy đăng nhập Windows như bình thường rồi thử lại.',
  },
  connection: {
    alohubConnected_one: 'Đã kết nối tới AloHub: thấy {{count}} nhân viên.',
    alohubConnected_other: 'Đã kết nối tới AloHub: thấy {{count}} nhân viên.',
    tel4vnTokenConnected_one: 'Đã kết nối tới Tel4vn: token được chấp nhận, đang theo dõi {{count}} máy lẻ.',
    tel4vnTokenConnected_other: 'Đã kết nối tới Tel4vn: token được chấp nhận, đang theo dõi {{count}} máy lẻ.',
    tel4vnKeyConnected_one: 'Đã kết nối tới Tel4vn: khóa API được chấp nhận, đang theo dõi {{count}} máy lẻ.',
    tel4vnKeyConnected_other: 'Đã kết nối tới Tel4vn: khóa API được chấp nhận, đang theo dõi {{count}} máy lẻ.',
    voipbinAgents: 'Đã kết nối tới VoIPbin: thấy được danh sách nhân viên.',
    voipbinNoAgents: 'Đã kết nối tới VoIPbin: token được chấp nhận (chưa có nhân viên nào).',
    avatarConnected_one: 'Đã kết nối tới nền tảng avatar AI: thấy {{count}} trợ lý AI.',
    avatarConnected_other: 'Đã kết nối tới nền tảng avatar AI: thấy {{count}} trợ lý AI.',
    agenthubConnected: 'Đã kết nối tới AgentHub: đăng nhập với tên {{user}}.',
    agenthubConnectedUnnamed: 'Đã kết nối tới AgentHub: đăng nhập với một người dùng không có tên.',
    keyRejected: '{{provider}} đã từ chối khóa. Kiểm tra xem khóa đã được sao chép đầy đủ và vẫn còn hiệu lực.',
    missingScope:
      '{{provider}} chấp nhận khóa nhưng khóa thiếu quyền (scope) AgentDesk cần. Hãy xin quản trị viên một khóa có quyền truy cập nhân viên.',
    unreachable: 'Không kết nối được tới {{provider}} ở địa chỉ đó. Kiểm tra URL gốc và mạng của bạn.',
    tls: 'Không thể tin cậy kết nối an toàn tới {{provider}}. Có thể địa chỉ sai, hoặc có proxy đang chặn giữa đường.',
    timeout: '{{provider}} không trả lời kịp. Hãy thử lại; nếu vẫn vậy, kiểm tra URL gốc.',
    rateLimited: '{{provider}} đang giới hạn số yêu cầu. Hãy thử lại sau giây lát.',
    server: '{{provider}} đang gặp sự cố của chính nó. Hãy thử lại sau.',
    unexpected:
      '{{provider}} có trả lời, nhưng theo cách AgentDesk không hiểu. Kiểm tra xem URL gốc có trỏ tới API của {{provider}} không.',
    noKey: 'Hãy nhập khóa để kiểm tra kết nối.',
    notCompleted: 'Không hoàn tất được việc kiểm tra.',
    tenantMismatch:
      'Khóa dùng được, nhưng không dùng được cho đơn vị {{tenant}}. Kiểm tra mã đơn vị (tenant), hoặc để trống để dùng đơn vị của chính khóa.',
    tel4vnTokenRejected:
      'Tel4vn đã từ chối token, hoặc token đã hết hạn. Hãy dán token mới vào ô Token: token bạn gửi dưới dạng Authorization: Bearer tới GET /v1/monitor/agent.',
  },
  relay: {
    unreachable: 'Không kết nối được máy chủ chuyển tiếp của nhóm ({{url}}).',
    noTls:
      'Máy chủ chuyển tiếp của nhóm ({{url}}) không hỗ trợ TLS, nhưng địa chỉ yêu cầu TLS (tls://). Hãy hỏi quản trị viên địa chỉ đúng.',
    refused:
      'Máy chủ chuyển tiếp của nhóm ({{url}}) từ chối tên người dùng hoặc mật khẩu NATS của bạn. Hãy kiểm tra ở mục Tài khoản.',
    notAllowed:
      'Máy chủ chuyển tiếp của nhóm ({{url}}) không cho người dùng NATS {{user}} xem cuộc gọi của tài khoản này: người dùng đó được cấp cho máy nhánh hoặc đơn vị (tenant) khác. Hãy kiểm tra máy nhánh và đơn vị ở mục Tài khoản, hoặc hỏi quản trị viên.',
    notAllowedAgents:
      'Máy chủ chuyển tiếp của nhóm ({{url}}) không cho người dùng NATS {{user}} xem danh sách nhân viên của đơn vị (tenant): người dùng đó là của một nhân viên, hoặc được cấp cho đơn vị khác. Hãy xin quản trị viên một người dùng giám sát viên, hoặc kiểm tra đơn vị ở mục Tài khoản.',
    providerFailing:
      'Máy chủ chuyển tiếp của nhóm không kết nối được {{provider}} từ {{sinceMs, datetime(hour: 2-digit; minute: 2-digit)}}.',
    unreadable: 'Máy chủ chuyển tiếp của nhóm gửi dữ liệu mà AgentDesk không đọc được; có thể đó là phiên bản mới hơn.',
    silent:
      'Máy chủ chuyển tiếp của nhóm ({{url}}) không gửi gì từ {{sinceMs, datetime(hour: 2-digit; minute: 2-digit)}}: có thể chương trình chuyển tiếp đã dừng, dù máy chủ NATS của nó vẫn trả lời. Hãy hỏi quản trị viên xem chương trình chuyển tiếp còn chạy không.',
  },
  tel4vn: {
    tokenRefused:
      'Tel4vn đã từ chối token, hoặc token đã hết hạn. Hãy dán token mới ở mục Tài khoản: sửa tài khoản này và thay token.',
  },
  voipbin: {
    badToken:
      'Token VoIPbin chứa dấu cách, dấu nháy, dấu phẩy, dấu chấm phẩy, dấu gạch chéo ngược hoặc ký tự khác mà token không thể có. Hãy dán lại đúng như VoIPbin đã cấp.',
    createdWithoutAddresses: 'VoIPbin đã tạo {{username}}, nhưng không lưu các địa chỉ:',
    addAddressesLater: 'Hãy thêm chúng trong phần địa chỉ của nhân viên.',
    hashNotSent: 'VoIPbin đã tạo lại mã băm trực tiếp của {{username}} nhưng không gửi mã mới; hãy tải lại nhân viên.',
    addressesMoved:
      'Địa chỉ của {{username}} đã thay đổi trên VoIPbin kể từ khi mở trình sửa, nên chúng không bị xóa hết: hãy tải lại các địa chỉ hiện tại rồi xóa chúng.',
  },
  alohub: {
    lastQueue:
      'AloHub giữ mỗi nhân viên trong ít nhất một hàng đợi gọi vào: hãy thêm hàng đợi khác trước khi xóa hàng đợi cuối.',
    agentGone: 'AloHub không còn liệt kê nhân viên {{agentId}}.',
    bulkGone: 'Không còn thấy thay đổi hàng loạt đó; hãy bắt đầu lại.',
  },
  agenthub: {
    deletedMeanwhile: '{{name}} đã bị xóa trong lúc đó; không thể thay đổi nữa.',
  },
  monitor: {
    noAnswerWithin: 'Không có trả lời trong {{seconds}} giây.',
    asleep: 'Tạm dừng khi máy tính đang ngủ.',
    offline: 'Tạm dừng: máy tính này đang ngoại tuyến.',
  },
  pause: {
    untilPast: 'Thời điểm đó đã qua; hãy chọn một giờ muộn hơn trong hôm nay hoặc những ngày tới.',
    untilTooFar: 'Hãy chọn thời điểm trong vòng 7 ngày tới, hoặc tạm dừng đến khi bạn bật lại.',
  },
  exports: {
    unavailable: 'Việc lưu tệp do ứng dụng máy tính thực hiện.',
    notWritten: 'Không ghi được tệp: {{detail}}',
  },
  login: {
    installedOnly: 'Việc khởi động cùng máy tính do bản ứng dụng đã cài đặt quản lý.',
    refused: 'Máy tính đã từ chối thay đổi việc khởi động cùng máy tính: {{detail}}',
  },
  links: {
    invalid: 'Đó không phải địa chỉ web hợp lệ.',
    httpsOnly: 'Chỉ mở liên kết https (liên kết này là {{scheme}}).',
    credentials: 'Không mở liên kết có chứa tên người dùng hoặc mật khẩu.',
    notListed: '{{host}} không nằm trong danh sách trang web AgentDesk được mở.',
  },
  ringtone: {
    notAudio: 'Tệp đó không phải tệp âm thanh AgentDesk phát được (WAV, MP3, OGG, M4A hoặc FLAC).',
    tooLarge: 'Tệp âm thanh quá lớn ({{size}} MB; tối đa {{max}} MB).',
    unreadable: 'Không đọc được tệp âm thanh: {{detail}}',
    noCustomFile: 'Hãy chọn tệp âm thanh của bạn trước.',
    pickerUnavailable: 'Chỉ có thể chọn tệp trong bản ứng dụng đã cài đặt.',
  },
}
