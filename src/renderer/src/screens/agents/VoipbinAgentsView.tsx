/** VoIPbin's agents of one account (next). */
export function VoipbinAgentsView({ accountId }: { accountId: string }) {
  return <p className="muted">VoIPbin agents of {accountId} are coming.</p>
}
