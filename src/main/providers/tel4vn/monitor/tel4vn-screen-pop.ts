import type { MonitoredCall } from '../../../../shared/domain/calls'
import type { ScreenPopValues } from '../../../../shared/domain/screen-pop'

/**
 * A Tel4vn call's screen-pop values, as its monitor document names them. `destination` is "the
 * number receiving the call" (Số điện thoại nhận cuộc gọi): the other party only when the call
 * goes out. On an inbound call it is the number that was called (ours), and the caller's number
 * is not given, so `{number}` stays empty rather than naming our own line as the customer.
 */
export function tel4vnScreenPopValues(call: MonitoredCall): ScreenPopValues {
  return {
    number: call.direction === 'outbound' ? call.destination : null,
    extension: call.extension,
    call_id: call.callId,
    direction: call.direction,
    agent: call.username,
  }
}
