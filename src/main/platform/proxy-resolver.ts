import type { Session } from 'electron'

import { createPacProxyResolver, type ProxyResolver } from '../providers/http/proxy/proxy-resolver'

/**
 * Electron's answer for a URL: the system's proxy settings, WPAD and PAC file, as Chromium
 * applies them ("PROXY host:port; DIRECT"). A WebSocket is asked as its http(s) twin, which is
 * how Chromium routes WebSockets and what PAC files are written for.
 */
export function createElectronProxyResolver(session: Pick<Session, 'resolveProxy'>): ProxyResolver {
  return createPacProxyResolver((url) => session.resolveProxy(asHttpUrl(url)))
}

function asHttpUrl(url: string): string {
  return url.replace(/^ws(s?):/i, 'http$1:')
}
