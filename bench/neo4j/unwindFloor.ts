import type { Driver } from "neo4j-driver";
import type { BriefingGraph } from "../../src/domain/BriefingGraph.js";
import { normalizeName } from "../../src/domain/normalizeName.js";

/**
 * The ingest floor: the same rows as govgraph writes for a briefing (nodes, properties, links with evidence), loaded
 * by the simplest correct script, one transaction per briefing of bare `UNWIND … MERGE` statements through the
 * driver. It reads nothing first, so it neither detects unchanged items nor removes what a new version dropped:
 * that bookkeeping is what govgraph's ingest adds on top of it.
 */
const STATEMENTS = {
  briefing: "MERGE (b:Briefing {id: $row.id}) SET b.date = $row.date, b.title = $row.title",
  items: `UNWIND $rows AS row MERGE (i:Item {id: row.id}) SET i += row
WITH i MATCH (b:Briefing {id: i.briefingId}) MERGE (i)-[:IN_BRIEFING]->(b)`,
  organizations: "UNWIND $rows AS row MERGE (o:Organization {id: row.id}) SET o += row",
  themes: "UNWIND $rows AS row MERGE (t:Theme {id: row.id}) SET t += row",
  risks: "UNWIND $rows AS row MERGE (r:Risk {id: row.id}) SET r += row",
  publishers: "UNWIND $rows AS row MERGE (p:Publisher {id: row.id}) SET p += row",
  sources: `UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s += row
WITH s MATCH (p:Publisher {id: s.publisherId}) MERGE (s)-[:PUBLISHED_BY]->(p)`,
  mentions: `UNWIND $rows AS row MATCH (i:Item {id: row.itemId}), (o:Organization {id: row.targetId})
MERGE (i)-[r:MENTIONS]->(o) SET r.evidence = row.evidence`,
  themeLinks: `UNWIND $rows AS row MATCH (i:Item {id: row.itemId}), (t:Theme {id: row.targetId})
MERGE (i)-[r:HAS_THEME]->(t) SET r.evidence = row.evidence`,
  riskLinks: `UNWIND $rows AS row MATCH (i:Item {id: row.itemId}), (k:Risk {id: row.targetId})
MERGE (i)-[r:HAS_RISK]->(k) SET r.evidence = row.evidence`,
  cites: `UNWIND $rows AS row MATCH (i:Item {id: row.itemId}), (s:Source {id: row.sourceId})
MERGE (i)-[r:CITES]->(s) SET r.position = row.position`,
  relations: `UNWIND $rows AS row MATCH (a:Organization {id: row.sourceId}), (b:Organization {id: row.targetId})
MERGE (a)-[r:RELATED {type: row.type, itemId: row.itemId}]->(b) SET r.evidence = row.evidence`,
};

const withEvidence = <T extends { evidence: unknown }>(rows: readonly T[]) =>
  rows.map((row) => ({ ...row, evidence: JSON.stringify(row.evidence) }));

/** Loads one briefing's rows in one write transaction. */
export async function unwindIngest(driver: Driver, graph: BriefingGraph, database?: string): Promise<void> {
  const session = driver.session(database === undefined ? {} : { database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(STATEMENTS.briefing, { row: graph.briefing });
      await tx.run(STATEMENTS.items, { rows: graph.items });
      const organizations = graph.organizations.map((o) => ({ ...o, names: [...new Set([o.name, ...o.aliases].map(normalizeName))] }));
      await tx.run(STATEMENTS.organizations, { rows: organizations });
      await tx.run(STATEMENTS.themes, { rows: graph.themes });
      await tx.run(STATEMENTS.risks, { rows: graph.risks });
      await tx.run(STATEMENTS.publishers, { rows: graph.publishers });
      await tx.run(STATEMENTS.sources, { rows: graph.sources });
      await tx.run(STATEMENTS.mentions, { rows: withEvidence(graph.itemOrganizations) });
      await tx.run(STATEMENTS.themeLinks, { rows: withEvidence(graph.itemThemes) });
      await tx.run(STATEMENTS.riskLinks, { rows: withEvidence(graph.itemRisks) });
      await tx.run(STATEMENTS.cites, { rows: graph.itemSources });
      await tx.run(STATEMENTS.relations, { rows: withEvidence(graph.relations) });
    });
  } finally {
    await session.close();
  }
}
