// The operations of the graph page and the shapes of their answers (schema/schema.graphql).

/** A drawable subgraph, as `neighborhood` returns it. */
export interface GraphView {
  truncated: boolean;
  nodes: Array<{ id: string; type: string; label: string }>;
  edges: Array<{ id: string; source: string; target: string; type: string }>;
}

export const NEIGHBORHOOD = /* GraphQL */ `
  query GraphPageNeighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes { id type label }
      edges { id source target type }
    }
  }
`;
export interface NeighborhoodAnswer {
  neighborhood: GraphView | null;
}

/** What filters and sizes need of each node: an item's date, themes and risks, an entity's item count. */
export const NODE_FACTS = /* GraphQL */ `
  query GraphPageNodeFacts($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename id
      ... on Item { briefing { date } themes { slug } risks { code } }
      ... on Organization { itemCount }
      ... on Theme { itemCount }
      ... on Publisher { itemCount }
    }
  }
`;
export type NodeFacts =
  | { __typename: "Item"; id: string; briefing: { date: string }; themes: Array<{ slug: string }>; risks: Array<{ code: string }> }
  | { __typename: "Organization" | "Theme" | "Publisher"; id: string; itemCount: number }
  | { __typename: string; id: string };
export interface NodeFactsAnswer {
  nodes: Array<NodeFacts | null>;
}

export const SEARCH = /* GraphQL */ `
  query GraphPageSearch($query: String!) {
    search(query: $query, first: 10) {
      score
      node {
        __typename id
        ... on Item { title briefing { date } }
        ... on Organization { name itemCount }
        ... on Theme { slug name itemCount }
      }
    }
  }
`;
export interface SearchHit {
  score: number;
  node: {
    __typename: string;
    id: string;
    title?: string;
    name?: string;
    slug?: string;
    itemCount?: number;
    briefing?: { date: string };
  };
}
export interface SearchAnswer {
  search: SearchHit[];
}

/** The page's opening choices: themes and risks for the filters, and the most mentioned organizations as suggestions. */
export const START = /* GraphQL */ `
  query GraphPageStart {
    themes { slug name itemCount }
    risks { code name itemCount }
    organizations(first: 8, orderBy: ITEM_COUNT_DESC) { edges { node { id name itemCount } } }
  }
`;
export interface StartAnswer {
  themes: Array<{ slug: string; name: string; itemCount: number }>;
  risks: Array<{ code: string; name: string; itemCount: number }>;
  organizations: { edges: Array<{ node: { id: string; name: string; itemCount: number } }> };
}

const ITEM_EVIDENCE = /* GraphQL */ `
  fragment GraphPageItemEvidence on Item {
    id title summary section priority
    briefing { date }
    sources { url publisher { name domain } }
  }
`;

/** The evidence behind a node: what it is, and the items (with dates and sources) that put it in the graph. */
export const EVIDENCE = /* GraphQL */ `
  query GraphPageEvidence($id: ID!, $filter: ItemFilter, $withItems: Boolean!) {
    node(id: $id) {
      __typename id
      ... on Organization { name kind aliases itemCount firstSeen lastSeen reviewed }
      ... on Theme { slug name description itemCount }
      ... on Publisher { name domain itemCount }
      ... on Item { ...GraphPageItemEvidence details organizations { name } themes { slug name } }
    }
    items(filter: $filter, first: 25) @include(if: $withItems) {
      totalCount
      edges { node { ...GraphPageItemEvidence } }
    }
  }
  ${ITEM_EVIDENCE}
`;
export interface ItemEvidence {
  id: string;
  title: string;
  summary: string | null;
  section: string;
  priority: number | null;
  briefing: { date: string };
  sources: Array<{ url: string; publisher: { name: string; domain: string } }>;
}
export type EvidenceNode =
  | ({ __typename: "Item"; details: string | null; organizations: Array<{ name: string }>; themes: Array<{ slug: string; name: string }> } & ItemEvidence)
  | { __typename: "Organization"; id: string; name: string; kind: string; aliases: string[]; itemCount: number; firstSeen: string | null; lastSeen: string | null; reviewed: boolean }
  | { __typename: "Theme"; id: string; slug: string; name: string; description: string; itemCount: number }
  | { __typename: "Publisher"; id: string; name: string; domain: string; itemCount: number };
export interface EvidenceAnswer {
  node: EvidenceNode | null;
  items?: { totalCount: number; edges: Array<{ node: ItemEvidence }> };
}

/** The ItemFilter that selects an entity's items: by name, slug or domain, which is what `GraphNode.label` holds. */
export function itemFilterFor(type: string, label: string): Record<string, string> | null {
  if (type === "Organization") return { organization: label };
  if (type === "Theme") return { theme: label };
  if (type === "Publisher") return { publisher: label };
  return null;
}
