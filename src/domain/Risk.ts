import { z } from "zod";

/**
 * A subdomain of the MIT AI Risk Repository's domain taxonomy ("2.2 AI system security vulnerabilities and attacks"),
 * with the domain it belongs to. Every risk exists as a node even before any item has it.
 */
export const Risk = z.object({
  id: z.string(),
  /** Subdomain code, "<domain>.<n>". */
  code: z.string(),
  name: z.string().min(1),
  description: z.string(),
  domainCode: z.string(),
  domainName: z.string().min(1),
});
export type Risk = z.infer<typeof Risk>;
