/** One release's notes as electron-updater gives them when it collects several (`fullChangelog`). */
export interface ReleaseNoteEntry {
  readonly version: string
  readonly note: string | null
}

const MAX_NOTES = 20_000

/**
 * The feed's release notes as plain text: the renderer shows text, never HTML (a feed is not
 * trusted to put markup in the app). Tags are dropped, the common entities read, blank runs closed up.
 */
export function releaseNotesText(notes: string | ReadonlyArray<ReleaseNoteEntry> | null | undefined): string | null {
  if (notes === null || notes === undefined) return null
  const joined =
    typeof notes === 'string'
      ? notes
      : notes.map((entry) => (entry.note ? `${entry.version}\n${entry.note}` : entry.version)).join('\n\n')
  const text = joined
    .replace(/<br\s*\/?>|<\/(p|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\r\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  if (text === '') return null
  return text.length > MAX_NOTES ? `${text.slice(0, MAX_NOTES - 1)}…` : text
}
