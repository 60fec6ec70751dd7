import { z } from "zod";

/** Who published a source: its registrable domain (reuters.com) and a display name. */
export const Publisher = z.object({
  id: z.string(),
  domain: z.string().min(1),
  name: z.string().min(1),
});
export type Publisher = z.infer<typeof Publisher>;
