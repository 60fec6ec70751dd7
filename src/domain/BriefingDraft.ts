import { z } from "zod";

/** Where an item came from in the briefing. EXECUTIVE_SUMMARY holds a summary bullet that matched no top item. */
export const Section = z.enum(["TOP_PRIORITY", "ADDITIONAL", "EXECUTIVE_SUMMARY"]);
export type Section = z.infer<typeof Section>;

/** A numbered source line under a top-priority item, as written (the URL is normalised later, in extract). */
export const SourceLine = z.object({
  ref: z.number().int().nonnegative(),
  url: z.string().min(1),
  line: z.number().int().positive(),
});
export type SourceLine = z.infer<typeof SourceLine>;

/** One briefing item as the parser read it, before any entity is extracted. */
export const ItemDraft = z.object({
  section: Section,
  /** The number of a top-priority item (its rank); null elsewhere. */
  priority: z.number().int().positive().nullable(),
  title: z.string().min(1),
  summary: z.string().min(1).nullable(),
  details: z.string().min(1).nullable(),
  sources: z.array(SourceLine),
  /** 1-based line of the item's title in the file. */
  line: z.number().int().positive(),
});
export type ItemDraft = z.infer<typeof ItemDraft>;

/** A defect the parser worked around: the briefing is still accepted. */
export const ParseWarning = z.object({
  line: z.number().int().positive(),
  message: z.string().min(1),
});
export type ParseWarning = z.infer<typeof ParseWarning>;

/** ISO calendar date, YYYY-MM-DD, that is a real day. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** A parsed briefing: its identity is its date. Items keep briefing order (top priority, then additional). */
export const BriefingDraft = z.object({
  file: z.string().min(1),
  date: IsoDate,
  /** The heading of the title line, e.g. "AI SAFETY AND GOVERNANCE". */
  heading: z.string().min(1),
  items: z.array(ItemDraft),
  warnings: z.array(ParseWarning),
});
export type BriefingDraft = z.infer<typeof BriefingDraft>;
