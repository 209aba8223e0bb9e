import { z } from 'zod'

/**
 * How "Save diagnostics…" went. `downloadUrl`: the browser harness serves the archive once at this
 * path of its own origin for the page to download; null in the app (main wrote the file).
 */
export const diagnosticsOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('saved'),
    fileName: z.string().max(260),
    /** How many files the archive holds (logs, crash dumps and the reports). */
    files: z.number().int().nonnegative(),
    downloadUrl: z
      .string()
      .regex(/^\/downloads\/[A-Za-z0-9_-]+\/[^/?#]+$/)
      .nullable(),
  }),
  z.object({ outcome: z.literal('cancelled') }),
])
export type DiagnosticsOutcome = z.infer<typeof diagnosticsOutcomeSchema>
