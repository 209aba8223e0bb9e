/**
 * A language's name from the platform's code, in the language shown ("French", "tiếng Pháp"),
 * capitalised as a label; a code no name is known for is shown as it comes, and no code at all
 * answers undefined (the caller says "not set").
 */
export function languageName(code: string | null, locale: string | undefined): string | undefined {
  if (!code) return undefined
  try {
    const name = new Intl.DisplayNames([locale ?? 'en'], { type: 'language', fallback: 'none' }).of(code)
    if (name) return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
  } catch {
    // Not a code Intl can read ("??"): shown as it came.
  }
  return code
}
