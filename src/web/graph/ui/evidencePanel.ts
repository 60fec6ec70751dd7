import type { EvidenceAnswer, EvidenceNode, ItemEvidence } from "../api/queries.js";
import { colorClass } from "./legend.js";
import { h, sourceLink } from "./dom.js";

/** What the panel's buttons do. */
export interface EvidenceActions {
  expand(id: string): void;
  centre(id: string): void;
  isExpanded(id: string): boolean;
}

const SECTION_NAMES: Readonly<Record<string, string>> = {
  TOP_PRIORITY: "Top priority",
  ADDITIONAL: "Additional development",
  EXECUTIVE_SUMMARY: "Executive summary",
};

/** The panel before anything is selected: how to start, and the most mentioned organizations to start from. */
export function showIntro(panel: HTMLElement, suggestions: Array<{ id: string; name: string; itemCount: number }>, pick: (id: string) => void): void {
  panel.replaceChildren(
    h("h2", {}, "Evidence"),
    h("p", {}, "Search for an organization, a theme or an item to draw its neighbourhood. Click a node or an edge to see the items, briefing dates and sources behind it."),
    h("h3", { hidden: suggestions.length === 0 }, "Most mentioned"),
    h(
      "ul",
      { class: "suggestions" },
      ...suggestions.map((suggestion) => {
        const button = h("button", { type: "button" }, suggestion.name, h("span", { class: "count" }, ` ${suggestion.itemCount}`));
        button.addEventListener("click", () => pick(suggestion.id));
        return h("li", {}, button);
      }),
    ),
  );
}

/** A short message while evidence loads or when it failed. */
export function showMessage(panel: HTMLElement, title: string, message: string, isError = false): void {
  panel.replaceChildren(h("h2", {}, title), h("p", { class: isError ? "error" : "muted" }, message));
}

/** The evidence of a node: what it is, then the items behind it (narrowed by the view's filters, noted in `filterNote`). */
export function showNodeEvidence(panel: HTMLElement, answer: EvidenceAnswer, filterNote: string | null, actions: EvidenceActions): void {
  const node = answer.node;
  if (!node) {
    showMessage(panel, "Not found", "This node is no longer in the graph.", true);
    return;
  }
  const parts: Node[] = [header(node), ...facts(node), buttons(node.id, actions)];
  if (node.__typename === "Item") {
    parts.push(itemArticle(node, true));
  } else if (answer.items) {
    const shown = answer.items.edges.length;
    parts.push(h("h3", {}, `Items (${shown === answer.items.totalCount ? shown : `${shown} of ${answer.items.totalCount}`})`));
    if (filterNote) parts.push(h("p", { class: "muted" }, filterNote));
    parts.push(shown === 0 ? h("p", { class: "muted" }, "No item in this range.") : itemList(answer.items.edges.map((edge) => edge.node)));
  }
  panel.replaceChildren(...parts);
}

/** The evidence of an edge: the item that links the two ends, with its date and sources. */
export function showEdgeEvidence(panel: HTMLElement, relation: string, entity: { label: string; type: string }, item: EvidenceNode | null): void {
  if (!item || item.__typename !== "Item") {
    showMessage(panel, "Not found", "The item behind this edge is no longer in the graph.", true);
    return;
  }
  panel.replaceChildren(
    h("p", { class: "kind" }, "Edge"),
    h("h2", {}, `${relation.replace(/_/g, " ").toLowerCase()} ${entity.label}`),
    h("p", { class: "muted" }, `This ${entity.type.toLowerCase()} is linked by one item:`),
    itemArticle(item, true),
  );
}

function header(node: EvidenceNode): HTMLElement {
  const title = node.__typename === "Item" ? node.title : node.__typename === "Theme" ? node.name : node.name;
  return h("header", {}, h("p", { class: `kind ${colorClass(node.__typename)}` }, node.__typename), h("h2", {}, title));
}

function facts(node: EvidenceNode): HTMLElement[] {
  const rows: Array<[string, string | null]> = [];
  if (node.__typename === "Organization") {
    rows.push(["Kind", node.kind], ["Also called", node.aliases.join(", ") || null], ["Items", String(node.itemCount)]);
    rows.push(["Seen", node.firstSeen ? `${node.firstSeen} to ${node.lastSeen ?? node.firstSeen}` : null]);
    if (!node.reviewed) rows.push(["Status", "discovered in text, not yet reviewed"]);
  } else if (node.__typename === "Theme") {
    rows.push(["Slug", node.slug], ["Items", String(node.itemCount)]);
  } else if (node.__typename === "Publisher") {
    rows.push(["Domain", node.domain], ["Items", String(node.itemCount)]);
  } else {
    rows.push(["Organizations", node.organizations.map((o) => o.name).join(", ") || null]);
    rows.push(["Themes", node.themes.map((t) => t.name).join(", ") || null]);
  }
  const list = h("dl", { class: "facts" });
  for (const [term, value] of rows) if (value !== null) list.append(h("dt", {}, term), h("dd", {}, value));
  const description = node.__typename === "Theme" ? h("p", {}, node.description) : null;
  return description ? [list, description] : [list];
}

function buttons(id: string, actions: EvidenceActions): HTMLElement {
  const centre = h("button", { type: "button" }, "Centre view here");
  centre.addEventListener("click", () => actions.centre(id));
  const expand = h("button", { type: "button", disabled: actions.isExpanded(id) }, actions.isExpanded(id) ? "Expanded" : "Expand neighbours");
  expand.addEventListener("click", () => actions.expand(id));
  return h("div", { class: "actions" }, expand, centre);
}

function itemList(items: ItemEvidence[]): HTMLElement {
  return h("ol", { class: "items" }, ...items.map((item) => h("li", {}, itemArticle(item, false))));
}

function itemArticle(item: ItemEvidence & { details?: string | null }, full: boolean): HTMLElement {
  const section = SECTION_NAMES[item.section] ?? item.section;
  return h(
    "article",
    { class: "evidence-item" },
    full ? null : h("h4", {}, item.title),
    h("p", { class: "meta" }, h("time", { datetime: item.briefing.date }, item.briefing.date), ` · ${section}${item.priority ? ` #${item.priority}` : ""}`),
    item.summary ? h("p", {}, item.summary) : null,
    full && item.details ? h("p", { class: "muted" }, item.details) : null,
    item.sources.length > 0
      ? h("ul", { class: "sources" }, ...item.sources.map((source) => h("li", {}, sourceLink(source.url, source.publisher.name || source.publisher.domain), h("span", { class: "muted" }, ` ${hostOf(source.url)}`))))
      : h("p", { class: "muted" }, "No source cited."),
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
