import { z } from "zod";

/** A theme of the taxonomy; every theme exists as a node even before any item names it. */
export const Theme = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string().min(1),
  description: z.string(),
});
export type Theme = z.infer<typeof Theme>;

/** What a list of theme names shows of each (no description): item pages read only this when a query asks no more. */
export const ThemeCard = Theme.pick({ id: true, slug: true, name: true });
export type ThemeCard = z.infer<typeof ThemeCard>;
