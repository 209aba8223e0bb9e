import { accounts as enAccounts } from './en/accounts'
import { agents as enAgents } from './en/agents'
import { aiAgents as enAiAgents } from './en/aiAgents'
import { common as enCommon } from './en/common'
import { dataState as enDataState } from './en/dataState'
import { live as enLive } from './en/live'
import { settings as enSettings } from './en/settings'
import { voipbin as enVoipbin } from './en/voipbin'
import { accounts as viAccounts } from './vi/accounts'
import { agents as viAgents } from './vi/agents'
import { aiAgents as viAiAgents } from './vi/aiAgents'
import { common as viCommon } from './vi/common'
import { dataState as viDataState } from './vi/dataState'
import { live as viLive } from './vi/live'
import { settings as viSettings } from './vi/settings'
import { voipbin as viVoipbin } from './vi/voipbin'

/**
 * Every text of the renderer, per language and per namespace. Vietnamese is typed as the
 * English, so a key missing or misspelled in one language does not compile.
 */
export const resources = {
  en: {
    common: enCommon,
    agents: enAgents,
    settings: enSettings,
    aiAgents: enAiAgents,
    live: enLive,
    accounts: enAccounts,
    voipbin: enVoipbin,
    dataState: enDataState,
  },
  vi: {
    common: viCommon,
    agents: viAgents,
    settings: viSettings,
    aiAgents: viAiAgents,
    live: viLive,
    accounts: viAccounts,
    voipbin: viVoipbin,
    dataState: viDataState,
  },
} as const

export const defaultNamespace = 'common'
