import { z } from 'zod'

/** Stable gets releases; beta gets pre-releases too (electron-updater's allowPrerelease and the beta feed). */
export const updateChannelSchema = z.enum(['stable', 'beta'])
export type UpdateChannel = z.infer<typeof updateChannelSchema>

/**
 * Why this copy never replaces itself: IT's policy turned updates off, the OS package manager owns
 * the install (.deb, .rpm), or it is a development run or a portable build that has nothing to replace.
 */
export const updatesOffReasonSchema = z.enum(['policy', 'packageManager', 'development', 'portable'])
export type UpdatesOffReason = z.infer<typeof updatesOffReasonSchema>

/** What went wrong, as a code the renderer words: the feed's own message stays in the log. */
export const updateFailureSchema = z.enum(['offline', 'feedMissing', 'badFeed', 'integrity', 'failed'])
export type UpdateFailure = z.infer<typeof updateFailureSchema>

const version = z.string().min(1).max(100)
/** Release notes as the feed gives them, shown as plain text (never as HTML). */
const releaseNotes = z.string().max(20_000).nullable()

export const updateStatusSchema = z.discriminatedUnion('status', [
  /** Up to date as of `checkedAt` (null: not checked yet). */
  z.object({ status: z.literal('idle'), checkedAt: z.iso.datetime().nullable() }),
  z.object({ status: z.literal('checking') }),
  /** Found; the download starts in the background. */
  z.object({ status: z.literal('available'), version, releaseNotes }),
  z.object({ status: z.literal('downloading'), version, percent: z.number().min(0).max(100) }),
  /** Downloaded and verified: "Restart to update" installs it. */
  z.object({ status: z.literal('ready'), version, releaseNotes }),
  z.object({ status: z.literal('error'), failure: updateFailureSchema }),
  z.object({ status: z.literal('disabled'), reason: updatesOffReasonSchema }),
])
export type UpdateStatus = z.infer<typeof updateStatusSchema>

/** What Settings shows: the state, the channel and whether IT locked them. */
export const updateViewSchema = z.object({
  currentVersion: version,
  state: updateStatusSchema,
  channel: updateChannelSchema,
  /** IT's policy fixed the channel or turned updates off: the setting is shown locked. */
  locked: z.boolean(),
  /** Where the policy came from, for the locked setting's reason; null without a policy. */
  policySource: z.enum(['environment', 'file']).nullable(),
})
export type UpdateView = z.infer<typeof updateViewSchema>
