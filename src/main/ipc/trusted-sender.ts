/**
 * Where the renderer is allowed to come from: the built index.html on disk, or the dev
 * server in development. Requests from any other frame (an iframe, a page that navigated
 * away) are refused.
 */
export interface RendererOrigin {
  /** file:// URL of the packaged index.html. */
  readonly fileUrl: string
  /** Origin of electron-vite's dev server, when running in development. */
  readonly devServerOrigin?: string | undefined
}

/** True when a request comes from our own top-level renderer. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, origin: RendererOrigin): boolean {
  if (!frameUrl || !isMainFrame) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (url.protocol === 'file:') {
    const expected = new URL(origin.fileUrl)
    return url.pathname === expected.pathname
  }
  return origin.devServerOrigin !== undefined && url.origin === origin.devServerOrigin
}
