/**
 * NATS subjects split on dots and KV keys allow only `[-/_=.A-Za-z0-9]`, while an extension may
 * hold a dot or an `@` (accounts.ts allows `[\w.@+-]`). A value becomes one token: letters, digits,
 * `_` and `-` stay; every other UTF-8 byte is `=` and two lowercase hex digits. Reversible, so a
 * subject never merges two extensions (`1.2` and `1=2e2` stay apart: `=` itself is escaped).
 */
const KEPT = /^[A-Za-z0-9_-]$/

export function encodeToken(value: string): string {
  if (value.length === 0) throw new Error('A subject token cannot be empty')
  let token = ''
  for (const char of value) {
    if (KEPT.test(char)) token += char
    else for (const byte of new TextEncoder().encode(char)) token += `=${byte.toString(16).padStart(2, '0')}`
  }
  return token
}

export function decodeToken(token: string): string {
  const bytes: number[] = []
  for (let index = 0; index < token.length; index++) {
    const char = token[index] ?? ''
    if (char === '=') {
      const hex = token.slice(index + 1, index + 3)
      if (!/^[0-9a-f]{2}$/.test(hex)) throw new Error(`Not a subject token: ${token}`)
      bytes.push(Number.parseInt(hex, 16))
      index += 2
    } else if (KEPT.test(char)) bytes.push(char.charCodeAt(0))
    else throw new Error(`Not a subject token: ${token}`)
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes))
}
