import type { ParseWarning } from "../domain/BriefingDraft.js";
import type { BriefingGraph } from "../domain/BriefingGraph.js";

/** The extracted briefing as `govgraph parse` prints it: per item, each link with its evidence. */
export function describeExtraction(file: string, graph: BriefingGraph, warnings: ParseWarning[]) {
  const organizations = new Map(graph.organizations.map((o) => [o.id, o]));
  const themes = new Map(graph.themes.map((t) => [t.id, t]));
  const risks = new Map(graph.risks.map((r) => [r.id, r]));
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  const publishers = new Map(graph.publishers.map((p) => [p.id, p]));
  return {
    file,
    id: graph.briefing.id,
    date: graph.briefing.date,
    title: graph.briefing.title,
    items: graph.items.map((item) => ({
      id: item.id,
      section: item.section,
      priority: item.priority,
      title: item.title,
      summary: item.summary,
      details: item.details,
      organizations: graph.itemOrganizations
        .filter((l) => l.itemId === item.id)
        .map((l) => {
          const o = organizations.get(l.targetId);
          return { name: o?.name, slug: o?.slug, kind: o?.kind, confidence: o?.confidence, evidence: l.evidence };
        }),
      themes: graph.itemThemes
        .filter((l) => l.itemId === item.id)
        .map((l) => ({ slug: themes.get(l.targetId)?.slug, evidence: l.evidence })),
      risks: graph.itemRisks
        .filter((l) => l.itemId === item.id)
        .map((l) => ({ code: risks.get(l.targetId)?.code, name: risks.get(l.targetId)?.name, evidence: l.evidence })),
      relations: graph.relations
        .filter((r) => r.itemId === item.id)
        .map((r) => ({
          type: r.type,
          source: organizations.get(r.sourceId)?.name,
          target: organizations.get(r.targetId)?.name,
          evidence: r.evidence,
        })),
      sources: graph.itemSources
        .filter((l) => l.itemId === item.id)
        .map((l) => {
          const source = sources.get(l.sourceId);
          return { url: source?.url, publisher: source ? publishers.get(source.publisherId)?.domain : undefined };
        }),
    })),
    warnings,
  };
}
