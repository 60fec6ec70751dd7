import { z } from "zod";
import { IsoDate, Section } from "./BriefingDraft.js";

/** A stored briefing item. `date` repeats its briefing's date so that range filters need no join. */
export const Item = z.object({
  id: z.string(),
  briefingId: z.string(),
  date: IsoDate,
  /** Order within the briefing, from 0. */
  position: z.number().int().nonnegative(),
  section: Section,
  priority: z.number().int().positive().nullable(),
  title: z.string().min(1),
  summary: z.string().nullable(),
  details: z.string().nullable(),
  /** Hash of everything stored for the item (text and links): equal hashes mean nothing changed. */
  contentHash: z.string(),
});
export type Item = z.infer<typeof Item>;
