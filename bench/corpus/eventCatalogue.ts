import type { PartyKind } from "./CorpusTaxonomy.js";
import { DEAL_EVENTS } from "./dealEvents.js";
import type { CounterpartRole, EventKind } from "./EventKind.js";
import { INDUSTRY_EVENTS } from "./industryEvents.js";
import { PRODUCT_EVENTS } from "./productEvents.js";
import { PUBLIC_SECTOR_EVENTS } from "./publicSectorEvents.js";

/** Every event kind the corpus tells stories with. Weight 0: only used for young companies. */
export const EVENT_KINDS: readonly EventKind[] = [...PRODUCT_EVENTS, ...DEAL_EVENTS, ...INDUSTRY_EVENTS, ...PUBLIC_SECTOR_EVENTS];

/** Event ids a young company's first appearance is drawn from. */
export const DEBUT_EVENTS: readonly string[] = ["stealth", "stealth", "fundraise", "fundraise", "launch", "investor-backs"];

const COMPANIES: readonly PartyKind[] = ["frontier-lab", "ai-company", "big-tech", "cloud", "chipmaker", "company", "ai-security"];

/** The taxonomy kinds that can fill each counterpart role ("startup" and "any" are handled by the NewsDesk). */
export const ROLE_KINDS: Readonly<Record<Exclude<CounterpartRole, "startup" | "any">, readonly PartyKind[]>> = {
  investor: ["investor"],
  target: ["ai-security", "ai-company", "open-source"],
  company: COMPANIES,
  lab: ["frontier-lab", "ai-company", "big-tech"],
  chipmaker: ["chipmaker"],
};
