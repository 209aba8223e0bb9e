/** The Live screen's queue trends: the last hour per queue, domain and account. */
export const trends = {
  title: 'Last 60 minutes',
  note: 'One point a minute: ringing and on calls are the most seen in that minute’s polls (an estimate from polling), missed is how many calls were missed.',
  none: 'No queue figures yet. Trends fill in as the monitor polls, one point a minute.',
  keep: 'Keep across restarts',
  keepHint: 'Counts only, in a file beside the settings; samples older than an hour are dropped.',
  series: {
    ringing: 'Ringing',
    onCalls: 'On calls',
    missed: 'Missed',
  },
  /** The x axis. */
  minutesAgo: '{{minutes}} min ago',
  now: 'now',
  kinds: {
    queue: 'Queue',
    domain: 'Domain',
    account: 'Account',
  },
  /** Beside each chart, after the group's name: the chart in words. */
  summary: 'ringing peak {{ringingPeak}}, on calls peak {{onCallsPeak}}, {{missed}} missed in the last hour',
  summaryNoData: 'no figures in the last hour',
  showAll: 'Show all {{count}}',
  showFewer: 'Show fewer',
}
