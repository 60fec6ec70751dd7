import { readFileSync } from "node:fs";
import type { Organization } from "../domain/Organization.js";
import type { Extractor } from "../extract/Extractor.js";
import { parseBriefing } from "../ingest/parseBriefing.js";

/** A discovered organization awaiting review, with how often and where the briefings name it. */
export interface DiscoveredOrganization {
  organization: Organization;
  itemCount: number;
  firstSeen: string;
  lastSeen: string;
  /** The first mention: the item's date and title, and the words that made discovery link it. */
  example: { date: string; title: string; text: string; rule: string };
}

/** What reading the briefings for review gave: the discovered organizations, and files that are not briefings. */
export interface DiscoveryScan {
  discovered: DiscoveredOrganization[];
  unreadable: string[];
}

/** Extracts every briefing file and lists the organizations still unreviewed, most mentioned first. */
export function scanDiscovered(files: readonly string[], extractor: Extractor): DiscoveryScan {
  const bySlug = new Map<string, DiscoveredOrganization>();
  const unreadable: string[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      unreadable.push(file);
      continue;
    }
    const parsed = parseBriefing(bytes, { file });
    if (!parsed.ok) {
      unreadable.push(file);
      continue;
    }
    const { graph } = extractor.extract(parsed.value);
    const unreviewed = new Map(graph.organizations.filter((o) => !o.reviewed).map((o) => [o.id, o]));
    const titles = new Map(graph.items.map((i) => [i.id, i.title]));
    for (const link of graph.itemOrganizations) {
      const organization = unreviewed.get(link.targetId);
      if (organization === undefined) continue;
      const date = graph.briefing.date;
      const seen = bySlug.get(organization.slug);
      if (seen === undefined) {
        const first = link.evidence[0];
        bySlug.set(organization.slug, {
          organization,
          itemCount: 1,
          firstSeen: date,
          lastSeen: date,
          example: { date, title: titles.get(link.itemId) ?? "", text: first?.text ?? organization.name, rule: first?.rule ?? "" },
        });
      } else {
        seen.itemCount += 1;
        if (date < seen.firstSeen) seen.firstSeen = date;
        if (date > seen.lastSeen) seen.lastSeen = date;
      }
    }
  }
  const discovered = [...bySlug.values()].sort(
    (a, b) => b.itemCount - a.itemCount || a.organization.name.localeCompare(b.organization.name),
  );
  return { discovered, unreadable };
}
