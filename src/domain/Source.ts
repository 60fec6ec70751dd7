import { z } from "zod";

/** A cited URL, normalised, and its publisher. */
export const Source = z.object({
  id: z.string(),
  url: z.url(),
  publisherId: z.string(),
});
export type Source = z.infer<typeof Source>;
