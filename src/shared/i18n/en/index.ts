import { accounts } from './accounts'
import { agents } from './agents'
import { aiAgents } from './aiAgents'
import { common } from './common'
import { dataState } from './dataState'
import { desktop } from './desktop'
import { csvExports } from './exports'
import { live } from './live'
import { problems } from './problems'
import { ring } from './ring'
import { settings } from './settings'
import { trends } from './trends'
import { voipbin } from './voipbin'

// One module per language, so the renderer can load the language it shows and leave the other.
/** Every namespace of the English catalog: the language the others are typed after, and i18next's fallback. */
export const en = {
  common,
  agents,
  settings,
  aiAgents,
  live,
  accounts,
  voipbin,
  dataState,
  problems,
  desktop,
  ring,
  trends,
  exports: csvExports,
}
