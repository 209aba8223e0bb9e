import { aiCalls } from './ai-calls'
import type { DocumentedCall } from './documented-call'
import { telephonyCalls } from './telephony-calls'

export type { CredentialPlace, DocumentedCall, Source } from './documented-call'

/** Every call of the five documents (and the public additions PROVIDERS.md records). */
export const documentedCalls: ReadonlyArray<DocumentedCall> = [...telephonyCalls, ...aiCalls]
