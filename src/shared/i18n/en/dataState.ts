/** How any list or record says it is loading, waiting, empty, failed or out of date. */
export const dataState = {
  /** A provider account, as the user knows it: "AloHub (Support desk)". */
  source: '{{provider}} ({{account}})',
  stillWaiting: 'Still waiting for {{source}}…',
  cancel: 'Cancel',
  cancelLabel: 'Stop waiting for {{source}}',
  stopped: 'Stopped waiting for {{source}}: the request was cancelled. This list stays empty until you try again.',
  tryAgain: 'Try again',
  retryingIn: 'Trying again by itself in {{wait}}.',
  retrying: 'Trying again…',
  stale: 'Showing what was loaded at {{time}}: reading it again failed.',
  timedOut: '{{source}} did not answer in time.',
  connectionBroke: 'The connection to {{source}} broke before its answer arrived.',
  rateLimited: '{{source}} asked AgentDesk to slow down: try again in {{wait}}.',
  rateLimitOver: '{{source}} asked AgentDesk to slow down; the wait is over.',
  outcome: {
    applied: 'AgentDesk read it again: the change was applied.',
    not_applied: 'AgentDesk read it again: the change was not applied.',
    unknown: 'AgentDesk could not tell whether the change was applied.',
  },
  /** A save whose answer was lost, and reading again showed it applied. */
  interrupted: {
    network: 'The connection broke before the answer arrived; AgentDesk read it again: the change was applied.',
    timeout: 'The answer did not come in time; AgentDesk read it again: the change was applied.',
    resent: 'The connection broke before the answer arrived; AgentDesk sent it once more and it was accepted.',
  },
  wait: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min',
    minutesSeconds: '{{minutes}} min {{seconds}} s',
  },
  somethingWrong: 'Something went wrong.',
}
