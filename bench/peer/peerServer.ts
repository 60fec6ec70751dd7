import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL, type Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";

/**
 * The benchmark's peer: the graph govgraph stores in Neo4j, served as it is stored by @neo4j/graphql (v7) with type
 * definitions equivalent to schema/schema.graphql. Read-only: no mutation is generated, and nothing is written (no
 * constraint or index is asserted or created; the @fulltext indexes are the ones govgraph creates).
 *
 * What the library cannot derive from the graph (counts, first/last dates, rankings, trends, shared-item counts) is
 * declared the idiomatic way, as @cypher fields. Dates are strings, as stored (ISO 8601 days compare as text).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  extend schema @mutation(operations: [])

  enum Section {
    TOP_PRIORITY
    ADDITIONAL
    EXECUTIVE_SUMMARY
  }

  enum Interval {
    DAY
    WEEK
    MONTH
  }

  type Briefing @node {
    id: ID!
    date: String!
    title: String!
    items: [Item!]! @relationship(type: "IN_BRIEFING", direction: IN)
  }

  type Item
    @node
    @fulltext(indexes: [{ indexName: "item_search", queryName: "searchItems", fields: ["title", "summary", "details"] }]) {
    id: ID!
    briefingId: String!
    date: String!
    position: Int!
    section: Section!
    priority: Int
    title: String!
    summary: String
    details: String
    briefing: Briefing @relationship(type: "IN_BRIEFING", direction: OUT)
    organizations: [Organization!]! @relationship(type: "MENTIONS", direction: OUT, properties: "Mentions")
    themes: [Theme!]! @relationship(type: "HAS_THEME", direction: OUT, properties: "Evidenced")
    risks: [Risk!]! @relationship(type: "HAS_RISK", direction: OUT, properties: "Evidenced")
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Mentions @relationshipProperties {
    "The evidence of the link, as stored: a JSON array."
    evidence: String!
  }

  type Evidenced @relationshipProperties {
    evidence: String!
  }

  type Cites @relationshipProperties {
    position: Int!
  }

  type Organization
    @node
    @fulltext(indexes: [{ indexName: "organization_search", queryName: "searchOrganizations", fields: ["name"] }]) {
    id: ID!
    slug: String!
    name: String!
    kind: String!
    aliases: [String!]!
    "Normalised name and aliases, as stored: what a lookup by name matches."
    names: [String!]!
    confidence: Float!
    reviewed: Boolean!
    items: [Item!]! @relationship(type: "MENTIONS", direction: IN, properties: "Mentions")
    itemCount: Int!
      @cypher(statement: "RETURN COUNT { (this)<-[:MENTIONS]-(:Item) } AS itemCount", columnName: "itemCount")
    "Items naming the organization inside a date range (either end open)."
    itemCountBetween(from: String, to: String): Int!
      @cypher(
        statement: """
        RETURN COUNT { MATCH (this)<-[:MENTIONS]-(i:Item)
          WHERE ($from IS NULL OR i.date >= $from) AND ($to IS NULL OR i.date <= $to) } AS itemCount
        """
        columnName: "itemCount"
      )
    firstSeenBetween(from: String, to: String): String
      @cypher(
        statement: """
        OPTIONAL MATCH (this)<-[:MENTIONS]-(i:Item)
        WHERE ($from IS NULL OR i.date >= $from) AND ($to IS NULL OR i.date <= $to)
        RETURN min(i.date) AS firstSeen
        """
        columnName: "firstSeen"
      )
    lastSeenBetween(from: String, to: String): String
      @cypher(
        statement: """
        OPTIONAL MATCH (this)<-[:MENTIONS]-(i:Item)
        WHERE ($from IS NULL OR i.date >= $from) AND ($to IS NULL OR i.date <= $to)
        RETURN max(i.date) AS lastSeen
        """
        columnName: "lastSeen"
      )
    "Themes of the organization's items, with how many of its items have each, most first."
    themeCounts: [OrganizationTheme!]!
      @cypher(
        statement: """
        MATCH (this)<-[:MENTIONS]-(i:Item)-[:HAS_THEME]->(t:Theme)
        WITH t, count(i) AS itemCount
        ORDER BY itemCount DESC, t.slug ASC
        RETURN {theme: t {.*}, itemCount: itemCount} AS row
        """
        columnName: "row"
      )
    "Organizations named in the same items, most shared items first."
    connectedOrganizations(first: Int = 10): [ConnectedOrganization!]!
      @cypher(
        statement: """
        MATCH (this)<-[:MENTIONS]-(i:Item)-[:MENTIONS]->(o:Organization)
        WHERE o <> this
        WITH o, count(DISTINCT i) AS sharedItemCount
        ORDER BY sharedItemCount DESC, toLower(o.name) ASC, o.id ASC
        LIMIT $first
        RETURN {organization: o {.*}, sharedItemCount: sharedItemCount} AS row
        """
        columnName: "row"
      )
  }

  type OrganizationTheme {
    theme: ThemeRow!
    itemCount: Int!
  }

  type ConnectedOrganization {
    organization: OrganizationRow!
    sharedItemCount: Int!
  }

  "The properties of an organization, as a @cypher field returns them inside another object."
  type OrganizationRow {
    id: ID!
    slug: String!
    name: String!
  }

  "The properties of a theme, as a @cypher field returns them inside another object."
  type ThemeRow {
    id: ID!
    slug: String!
    name: String!
  }

  type Theme
    @node
    @fulltext(indexes: [{ indexName: "theme_search", queryName: "searchThemes", fields: ["slug", "name", "description"] }]) {
    id: ID!
    slug: String!
    name: String!
    description: String!
    items: [Item!]! @relationship(type: "HAS_THEME", direction: IN, properties: "Evidenced")
    itemCount: Int!
      @cypher(statement: "RETURN COUNT { (this)<-[:HAS_THEME]-(:Item) } AS itemCount", columnName: "itemCount")
    "Organizations named in the theme's items, most items first."
    topOrganizations(first: Int = 10): [ThemeOrganization!]!
      @cypher(
        statement: """
        MATCH (this)<-[:HAS_THEME]-(i:Item)-[:MENTIONS]->(o:Organization)
        WITH o, count(i) AS itemCount
        ORDER BY itemCount DESC, toLower(o.name) ASC, o.id ASC
        LIMIT $first
        RETURN {organization: o {.*}, itemCount: itemCount} AS row
        """
        columnName: "row"
      )
    "Items with the theme per interval from 'from' to 'to' (inclusive), empty intervals with 0."
    trend(from: String!, to: String!, interval: Interval! = WEEK): [TrendPoint!]!
      @cypher(
        statement: """
        WITH date($from) AS first, date($to) AS last,
             CASE $interval WHEN 'DAY' THEN 'day' WHEN 'MONTH' THEN 'month' ELSE 'week' END AS unit
        WITH first, last, unit, date.truncate(unit, first) AS start,
             CASE unit WHEN 'day' THEN duration({days: 1}) WHEN 'month' THEN duration({months: 1})
                  ELSE duration({days: 7}) END AS step
        UNWIND range(0, 1000) AS n
        WITH this, first, last, unit, start + step * n AS bucket
        WHERE bucket <= last
        CALL (this, bucket, first, last, unit) {
          RETURN COUNT { MATCH (this)<-[:HAS_THEME]-(i:Item)
            WHERE i.date >= toString(first) AND i.date <= toString(last)
              AND date.truncate(unit, date(i.date)) = bucket } AS count
        }
        WITH bucket, count ORDER BY bucket
        RETURN {start: toString(bucket), count: count} AS point
        """
        columnName: "point"
      )
  }

  type ThemeOrganization {
    organization: OrganizationRow!
    itemCount: Int!
  }

  type TrendPoint {
    start: String!
    count: Int!
  }

  type Risk @node {
    id: ID!
    code: String!
    name: String!
    description: String!
    domainCode: String!
    domainName: String!
    items: [Item!]! @relationship(type: "HAS_RISK", direction: IN, properties: "Evidenced")
  }

  type Source @node {
    id: ID!
    url: String!
    publisherId: String!
    publisher: Publisher @relationship(type: "PUBLISHED_BY", direction: OUT)
  }

  type Publisher @node {
    id: ID!
    domain: String!
    name: String!
    sources: [Source!]! @relationship(type: "PUBLISHED_BY", direction: IN)
    itemCount: Int!
      @cypher(
        statement: "RETURN COUNT { MATCH (this)<-[:PUBLISHED_BY]-(:Source)<-[:CITES]-(i:Item) RETURN DISTINCT i } AS itemCount"
        columnName: "itemCount"
      )
  }

  type OrganizationThemeCount {
    organization: OrganizationRow!
    theme: ThemeRow!
    itemCount: Int!
  }

  "A node of a path, as a @cypher field returns it: its label and the property each operation shows."
  type PathNode {
    id: ID!
    type: String!
    name: String
    title: String
  }

  type PathEdge {
    type: String!
    source: ID!
    target: ID!
  }

  type Path {
    length: Int!
    nodes: [PathNode!]!
    edges: [PathEdge!]!
  }

  type Query {
    """
    The shortest chain between two organizations (by normalised name or alias) through the items naming them, at
    most maxHops links; null when none. Variable-length bounds cannot be parameters, hence the fixed 8 and the filter.
    """
    organizationConnection(from: String!, to: String!, maxHops: Int = 4): Path
      @cypher(
        statement: """
        MATCH (a:Organization) WHERE $from IN a.names
        WITH a ORDER BY a.confidence DESC, a.id LIMIT 1
        MATCH (b:Organization) WHERE $to IN b.names AND b <> a
        WITH a, b ORDER BY b.confidence DESC, b.id LIMIT 1
        MATCH p = shortestPath((a)-[:MENTIONS*..8]-(b))
        WHERE length(p) <= $maxHops
        RETURN {
          length: length(p),
          nodes: [n IN nodes(p) | {id: n.id, type: labels(n)[0], name: n.name, title: n.title}],
          edges: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}]
        } AS path
        """
        columnName: "path"
      )
    "Organizations naming at least one item inside the range, most items first, then by name."
    organizationsByItemCount(from: String, to: String, first: Int = 20): [Organization!]!
      @cypher(
        statement: """
        MATCH (o:Organization)<-[:MENTIONS]-(i:Item)
        WHERE ($from IS NULL OR i.date >= $from) AND ($to IS NULL OR i.date <= $to)
        WITH o, count(i) AS itemCount
        ORDER BY itemCount DESC, toLower(o.name) ASC, o.id ASC
        LIMIT $first
        RETURN o
        """
        columnName: "o"
      )
    "Organization x theme item counts, largest first."
    organizationThemeMatrix(first: Int = 50, from: String, to: String): [OrganizationThemeCount!]!
      @cypher(
        statement: """
        MATCH (o:Organization)<-[:MENTIONS]-(i:Item)-[:HAS_THEME]->(t:Theme)
        WHERE ($from IS NULL OR i.date >= $from) AND ($to IS NULL OR i.date <= $to)
        WITH o, t, count(i) AS itemCount
        ORDER BY itemCount DESC, toLower(o.name) ASC, o.id ASC, t.slug ASC
        LIMIT $first
        RETURN {organization: o {.*}, theme: t {.*}, itemCount: itemCount} AS cell
        """
        columnName: "cell"
      )
  }
`;

/** The executable schema of the peer, bound to `driver` (no database is contacted until a query runs). */
export function peerSchema(driver: Driver): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    features: {
      // Date ranges compare the stored ISO strings: gte/lte on String fields are opt-in.
      filters: { String: { GTE: true, LTE: true } },
      // The smallest schema the library can generate: its deprecated aliases left out.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
}

/** Serves the peer on 127.0.0.1 at a free port; every request runs on `database` (the driver's default if omitted). */
export async function startPeerServer(driver: Driver, database?: string): Promise<{ url: string; close(): Promise<void> }> {
  const schema = await peerSchema(driver).getSchema();
  const server = new ApolloServer<Neo4jGraphQLContext>({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host: "127.0.0.1", port: 0 },
    context: async () => (database === undefined ? {} : { sessionConfig: { database } }),
  });
  return {
    url,
    async close() {
      await server.stop();
    },
  };
}
