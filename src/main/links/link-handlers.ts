import type { ExternalOpenerPort } from '../core/ports'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'

import { checkExternalLink } from './external-links'

/** The handler that opens allow-listed links in the user's browser. */
export function createLinkHandlers(opener: ExternalOpenerPort): Pick<OperationHandlers, 'links.openExternal'> {
  return {
    'links.openExternal': async ({ url }) => {
      const verdict = checkExternalLink(url)
      if (!verdict.allowed) throw new OperationError('not_allowed', verdict.reason)
      await opener.open(verdict.url)
      return { opened: true }
    },
  }
}
