import { z } from "zod";
import { IsoDate } from "./BriefingDraft.js";

/** A stored briefing: one a day, identified by its date. */
export const Briefing = z.object({
  id: z.string(),
  date: IsoDate,
  /** The title line as written, e.g. "AI SAFETY AND GOVERNANCE - 2026-03-25". */
  title: z.string().min(1),
});
export type Briefing = z.infer<typeof Briefing>;
