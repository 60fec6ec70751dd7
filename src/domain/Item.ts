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

/**
 * What the API shows of an item, with its briefing's id: item pages read only this. The date, position and content
 * hash order items and detect changes inside the store; left out, 02's page of 31 items cost Neo4j and the driver
 * ~0.08 ms less (the statement alone, p50 1.52 -> 1.45 ms, interleaved).
 */
export const ItemCard = Item.pick({ id: true, briefingId: true, section: true, priority: true, title: true, summary: true, details: true });
export type ItemCard = z.infer<typeof ItemCard>;
