import { z } from 'zod'

/** What the alert history can export: every alert, or only the missed calls. */
export const csvExportSchema = z.enum(['alerts', 'missedCalls'])
export type CsvExport = z.infer<typeof csvExportSchema>

/**
 * How an export went. `downloadUrl`: the browser harness has no save dialog, so it serves the file
 * once at this path of its own origin and the page downloads it; null in the app (main wrote it).
 */
export const exportOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('saved'),
    fileName: z.string().max(260),
    rows: z.number().int().nonnegative(),
    downloadUrl: z
      .string()
      .regex(/^\/downloads\/[A-Za-z0-9_-]+\/[^/?#]+$/)
      .nullable(),
  }),
  z.object({ outcome: z.literal('cancelled') }),
])
export type ExportOutcome = z.infer<typeof exportOutcomeSchema>
