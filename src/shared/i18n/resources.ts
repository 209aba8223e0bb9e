import { accounts as enAccounts } from './en/accounts'
import { agents as enAgents } from './en/agents'
import { aiAgents as enAiAgents } from './en/aiAgents'
import { common as enCommon } from './en/common'
import { dataState as enDataState } from './en/dataState'
import { desktop as enDesktop } from './en/desktop'
import { csvExports as enExports } from './en/exports'
import { live as enLive } from './en/live'
import { problems as enProblems } from './en/problems'
import { ring as enRing } from './en/ring'
import { settings as enSettings } from './en/settings'
import { trends as enTrends } from './en/trends'
import { voipbin as enVoipbin } from './en/voipbin'
import { accounts as viAccounts } from './vi/accounts'
import { agents as viAgents } from './vi/agents'
import { aiAgents as viAiAgents } from './vi/aiAgents'
import { common as viCommon } from './vi/common'
import { dataState as viDataState } from './vi/dataState'
import { desktop as viDesktop } from './vi/desktop'
import { csvExports as viExports } from './vi/exports'
import { live as viLive } from './vi/live'
import { problems as viProblems } from './vi/problems'
import { ring as viRing } from './vi/ring'
import { settings as viSettings } from './vi/settings'
import { trends as viTrends } from './vi/trends'
import { voipbin as viVoipbin } from './vi/voipbin'

/**
 * Every text of the app, per language and per namespace: the renderer's screens, the problems
 * main reports as codes (`problems`) and main's desktop texts (`desktop`). Vietnamese is typed as the
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
    problems: enProblems,
    desktop: enDesktop,
    ring: enRing,
    trends: enTrends,
    exports: enExports,
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
    problems: viProblems,
    desktop: viDesktop,
    ring: viRing,
    trends: viTrends,
    exports: viExports,
  },
} as const

export const defaultNamespace = 'common'
