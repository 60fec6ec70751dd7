import { z } from "zod";

/** Why a link exists: the rule that made it and the words it matched, located in the item's text. */
export const Evidence = z.object({
  rule: z.string().min(1),
  field: z.enum(["title", "summary", "details"]),
  /** The matched text as written. */
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;
