import { app, session, shell, type WebContents } from 'electron'

import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { isScreenPopAddress } from '../../shared/domain/screen-pop'
import type { Logger } from '../core/logger'
import { OperationError } from '../ipc/operation-error'
import { checkExternalLink } from '../links/external-links'

/**
 * App-wide hardening, applied before any window exists: no permission is granted, no
 * navigation leaves the app, no new window opens; https links on the allow-list go to the
 * user's browser instead.
 */
export function hardenApp(logger: Logger): void {
  const defaultSession = session.defaultSession
  defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn('security: permission request denied', { permission })
    callback(false)
  })
  defaultSession.setPermissionCheckHandler((_contents, permission) => allowsPermissionCheck(permission))
  // Also in index.html's meta tag; the header holds even if that is lost, and adds frame-ancestors.
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    })
  })
  app.on('web-contents-created', (_event, contents) => guardContents(contents, logger))
}

/**
 * The one permission the app's pages may hold: knowing the audio outputs, so the ringtone rings on
 * the device the user chose (enumerateDevices lists them, setSinkId picks one). Only a check: any
 * request (a microphone, a camera) still goes to the request handler above and is denied.
 */
export function allowsPermissionCheck(permission: string): boolean {
  return permission === 'speaker-selection' || permission === 'media'
}

function guardContents(contents: WebContents, logger: Logger): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    openIfAllowed(url, logger)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, logger)
    return { action: 'deny' }
  })
}

function openIfAllowed(url: string, logger: Logger): void {
  const verdict = checkExternalLink(url)
  if (!verdict.allowed) {
    logger.warn('security: navigation blocked', { reason: verdict.reason })
    return
  }
  void openCheckedLink(verdict.url)
}

/**
 * A screen pop's address, built by buildScreenPopUrl for a ringing call: the user's own system,
 * so not on the allow-list of links; checked again (https, or http to this computer) instead.
 */
export async function openScreenPopAddress(url: string): Promise<void> {
  if (!isScreenPopAddress(url)) throw new OperationError('not_allowed', { code: 'problems:links.invalid' })
  await shell.openExternal(url)
}

/**
 * The one call of shell.openExternal for links in the app. Callers pass URLs that checkExternalLink
 * allowed; it checks again so that no path can skip the allow-list.
 */
export async function openCheckedLink(url: string): Promise<void> {
  const verdict = checkExternalLink(url)
  if (!verdict.allowed) throw new OperationError('not_allowed', verdict.reason)
  await shell.openExternal(verdict.url)
}
