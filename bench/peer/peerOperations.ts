import { luceneQuery, SEARCH_INDEXES } from "../../src/store/neo4j/searchQueries.js";
import { searchWords } from "../../src/store/searchWords.js";

/** A peer operation: the same question as the govgraph acceptance operation of the same name, on the peer's schema. */
export interface PeerOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The newest-first order of govgraph's item lists (newest briefing, then briefing order), as peer sort inputs.
 * A connection over a relationship sorts by `node`; a root connection sorts by the fields themselves.
 */
const NEWEST_ITEMS_NODE_SORT = "[{ node: { date: DESC } }, { node: { position: ASC } }]";
const NEWEST_ITEMS_SORT = "[{ date: DESC }, { position: ASC }]";

/**
 * For each read operation of schema/operations, the most faithful equivalent on the peer (bench/peer/peerServer.ts),
 * with the same name and variables answering the same question as bench/operations.ts sends ours. What differs:
 *
 * - Lookups by name go through the stored normalised names (`names: { includes }`): the peer has no name
 *   normalisation of its own, so the variables carry the normalised form ("pentagon", "openai").
 * - Counts, first/last dates, rankings, shared-item counts and trends are @cypher fields; organizations and themes
 *   inside those rows come back as plain rows (id, slug, name), not as graph nodes.
 * - 06: `node(id:)` has no peer counterpart (the library's `node` needs @relayId ids of its own); the peer looks the
 *   id up among the three types the operation's fragments ask about, one filtered root field each.
 * - 08-connection is a @cypher `shortestPath` between two organizations over MENTIONS (organization - item -
 *   organization ...), the chains govgraph allows between organizations. govgraph also connects themes, publishers
 *   and ids, breaks ties between equally short paths by id, and answers nodes as the Node interface; the peer's path
 *   nodes are plain rows (id, label, name or title), and ties fall as Neo4j finds them.
 * - 10-search is three full-text queries on govgraph's own indexes (item_search, organization_search, theme_search),
 *   one per type, each the best 10; govgraph merges and re-ranks one list of 10. The peer hands its phrase to Lucene
 *   as written, so each phrase is the Lucene query govgraph's Neo4j store builds for the same words and index
 *   (searchPhrases): both ask Lucene for the same matches, prefixes and one-typo variants included. With the plain
 *   words instead, the peer's Lucene work was about half of govgraph's (the typo and prefix terms cost ~3.7 ms of a
 *   ~7.3 ms statement), and the comparison timed that difference rather than the GraphQL layers.
 * - 11-trends: the trend buckets are computed in Cypher (date.truncate), every bucket present as in govgraph.
 *
 * Left out, with no reasonable equivalent:
 * - 07-ingest: a mutation that parses briefing text; the peer is read-only and knows no briefing format (and the
 *   benchmark times reads only).
 * - 09-neighborhood: a drawn subgraph with nearest-first truncation at `limit` nodes and a GraphML export of it; the
 *   export formats and the truncation rule are application code, not a query over the stored graph.
 */
/** The Lucene query govgraph's Neo4j store sends to each full-text index for `query` (searchQueries.ts). */
function searchPhrases(query: string): { items: string; organizations: string; themes: string } {
  const words = searchWords(query);
  return {
    items: luceneQuery(words, SEARCH_INDEXES.Item.fields),
    organizations: luceneQuery(words, SEARCH_INDEXES.Organization.fields),
    themes: luceneQuery(words, SEARCH_INDEXES.Theme.fields),
  };
}

export function peerOperations(lastDate: string, ids: { organizationId: string }): PeerOperation[] {
  const monthStart = `${lastDate.slice(0, 7)}-01`;
  const twoMonthsBack = new Date(Date.parse(`${monthStart}T00:00:00Z`) - 40 * 86_400_000).toISOString().slice(0, 10);
  return [
    {
      name: "01-briefings",
      variables: {},
      query: `query Briefings {
  briefingsConnection(first: 10, sort: [{ date: DESC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id date title itemsConnection(first: 1) { totalCount } } }
  }
}`,
    },
    {
      name: "02-briefing-items",
      variables: { date: lastDate },
      query: `query BriefingItems($date: String!) {
  briefings(where: { date: { eq: $date } }, limit: 1) {
    id date title
    itemsConnection(first: 100, sort: [{ node: { position: ASC } }]) {
      totalCount
      edges { node {
        id title summary details section priority
        organizations(sort: [{ name: ASC }]) { id name aliases }
        themes(sort: [{ slug: ASC }]) { slug name }
        sourcesConnection(sort: [{ edge: { position: ASC } }]) { edges { node { url publisher { name domain } } } }
      } }
    }
  }
}`,
    },
    {
      name: "03-organization",
      variables: { name: "pentagon" },
      query: `query Organization($name: String!) {
  organizations(where: { names: { includes: $name } }, sort: [{ confidence: DESC }, { id: ASC }], limit: 1) {
    id name aliases
    itemsConnection(first: 20, sort: ${NEWEST_ITEMS_NODE_SORT}) { totalCount edges { node { title briefing { date } } } }
    themeCounts { theme { slug } itemCount }
    connectedOrganizations(first: 10) { organization { name } sharedItemCount }
  }
}`,
    },
    {
      name: "04-theme",
      variables: { slug: "agents" },
      query: `query Theme($slug: String!) {
  themes(sort: [{ slug: ASC }]) { slug name itemCount }
  theme: themes(where: { slug: { eq: $slug } }, limit: 1) {
    id slug name description
    itemsConnection(first: 20, sort: ${NEWEST_ITEMS_NODE_SORT}) { totalCount edges { node { title } } }
    topOrganizations(first: 10) { organization { name } itemCount }
  }
}`,
    },
    {
      name: "05-filter-items",
      variables: { organization: "openai", from: monthStart, to: lastDate },
      query: `query FilterItems($organization: String!, $from: String, $to: String, $after: String) {
  itemsConnection(
    where: { organizations: { some: { names: { includes: $organization } } }, date: { gte: $from, lte: $to } }
    sort: ${NEWEST_ITEMS_SORT}
    first: 2
    after: $after
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title briefing { date } organizations(sort: [{ name: ASC }]) { name } } }
  }
}`,
    },
    {
      name: "06-node-and-publishers",
      variables: { id: ids.organizationId },
      query: `query NodeAndPublishers($id: ID!) {
  organizations(where: { id: { eq: $id } }) { id __typename name }
  items(where: { id: { eq: $id } }) { id __typename title }
  briefings(where: { id: { eq: $id } }) { id __typename date }
  publishersConnection(first: 20, sort: [{ itemCount: DESC }, { domain: ASC }]) {
    totalCount
    edges { node { domain name itemCount } }
  }
}`,
    },
    {
      name: "08-connection",
      variables: { from: "arm", to: "anthropic", maxHops: 6 },
      query: `query Connection($from: String!, $to: String!, $maxHops: Int) {
  organizationConnection(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes { id type name title }
    edges { type source target }
  }
}`,
    },
    {
      name: "10-search",
      variables: searchPhrases("supply chain compromise"),
      query: `query Search($items: String!, $organizations: String!, $themes: String!) {
  searchItems(phrase: $items, first: 10, sort: [{ score: DESC }]) { edges { score node { id __typename title } } }
  searchOrganizations(phrase: $organizations, first: 10, sort: [{ score: DESC }]) { edges { score node { id __typename name } } }
  searchThemes(phrase: $themes, first: 10, sort: [{ score: DESC }]) { edges { score node { id __typename slug } } }
}`,
    },
    {
      name: "11-trends",
      variables: { slug: "agents", from: twoMonthsBack, to: lastDate, interval: "WEEK" },
      query: `query Trends($slug: String!, $from: String!, $to: String!, $interval: Interval!) {
  themes(where: { slug: { eq: $slug } }, limit: 1) { slug trend(from: $from, to: $to, interval: $interval) { start count } }
  organizationThemeMatrix(first: 20) { organization { name } theme { slug } itemCount }
}`,
    },
    {
      name: "12-rankings",
      variables: { from: monthStart, to: lastDate },
      query: `query Rankings($from: String, $to: String) {
  organizationsByItemCount(first: 10, from: $from, to: $to) {
    name
    itemCount: itemCountBetween(from: $from, to: $to)
    firstSeen: firstSeenBetween(from: $from, to: $to)
    lastSeen: lastSeenBetween(from: $from, to: $to)
  }
}`,
    },
  ];
}
