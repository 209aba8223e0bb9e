import type { Dispatcher } from 'undici'

import { parseBaseUrl } from '../../http/secure-url'

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml'])
const MAX_IMAGE_BYTES = 512 * 1024
const TIMEOUT_MS = 5_000

/**
 * Fetches an avatar picture and hands it over as a data: URL. The renderer's CSP allows images
 * from the app and data: only, so it never reaches out to a host an API answer named; here the
 * URL must be https (or loopback), no credentials are sent, the type must be an image and the
 * size is capped. Anything else gives null, and the screen shows initials instead.
 */
export async function fetchAvatarImage(
  rawUrl: string,
  pools: { forOrigin(origin: string): Promise<Dispatcher> },
): Promise<string | null> {
  let url: URL
  try {
    url = parseBaseUrl('avatar', rawUrl)
  } catch {
    return null
  }
  try {
    const answer = await (
      await pools.forOrigin(url.origin)
    ).request({
      origin: url.origin,
      method: 'GET',
      path: `${url.pathname}${url.search}`,
      headers: { accept: [...IMAGE_TYPES].join(', '), 'user-agent': 'AgentDesk' },
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
    })
    const type = String(answer.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase()
    if (answer.statusCode !== 200 || !type || !IMAGE_TYPES.has(type)) {
      await answer.body.dump()
      return null
    }
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of answer.body) {
      size += (chunk as Buffer).length
      if (size > MAX_IMAGE_BYTES) {
        answer.body.destroy()
        return null
      }
      chunks.push(chunk as Buffer)
    }
    return `data:${type};base64,${Buffer.concat(chunks).toString('base64')}`
  } catch {
    return null
  }
}
