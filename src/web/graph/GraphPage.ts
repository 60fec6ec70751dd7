import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { requestGraphQL } from "./api/requestGraphQL.js";
import {
  EVIDENCE,
  itemFilterFor,
  NEIGHBORHOOD,
  NODE_FACTS,
  START,
  type EvidenceAnswer,
  type NeighborhoodAnswer,
  type NodeFactsAnswer,
  type StartAnswer,
} from "./api/queries.js";
import { LayoutController } from "./layout/LayoutController.js";
import { EXPORT_FILES, exportView, snapshotOf, type ExportFormat } from "./model/exportView.js";
import { fadedColorFor, NODE_TYPES } from "./model/nodeStyle.js";
import { hiddenNodes, NO_FILTER, type ViewFilter } from "./model/viewFilter.js";
import { applyFacts, createViewGraph, mergeView, type ViewEdge, type ViewGraph, type ViewNode } from "./model/ViewGraph.js";
import { byId, h } from "./ui/dom.js";
import { showEdgeEvidence, showIntro, showMessage, showNodeEvidence, type EvidenceActions } from "./ui/evidencePanel.js";
import { createLegend } from "./ui/legend.js";
import { createSearchBox } from "./ui/searchBox.js";

/** The most nodes a view holds: `neighborhood` returns at most 2,000, and expanding stops there too. */
export const MAX_VIEW_NODES = 2000;
/** Ids per `nodes(ids:)` request for the facts of new nodes. */
const FACTS_BATCH = 500;

type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string } | null;

/** A read-only look into the page, as `window.govgraph`: for the browser console and the end-to-end tests. */
export interface GraphPageInspector {
  /** The graphology graph of the view. */
  readonly graph: ViewGraph;
  /** Nodes shown after the filters. */
  visibleNodes(): string[];
  /** Where a node is drawn, in CSS pixels from the top left of the graph container. */
  viewportPosition(id: string): { x: number; y: number };
  /** True while the layout worker iterates. */
  layoutRunning(): boolean;
}

/**
 * The graph page: search for a start node, draw its neighbourhood with sigma.js, expand nodes on click, filter by
 * theme and dates, show the evidence of a node or an edge, and download the view as GraphML, GEXF or Cytoscape JSON.
 */
export class GraphPage {
  private readonly graph: ViewGraph = createViewGraph();
  private readonly sigma: Sigma<ViewNode, ViewEdge>;
  private readonly layout: LayoutController;
  private readonly panel = byId("evidence", HTMLElement);
  private readonly status = byId("status", HTMLOutputElement);
  private readonly layoutButton = byId("layout-toggle", HTMLButtonElement);
  private readonly updateLegend: ReturnType<typeof createLegend>;
  private root: string | null = null;
  private selection: Selection = null;
  /** The selection and its neighbours, drawn in full while the rest fades; empty when nothing fades. */
  private emphasised = new Set<string>();
  private filter: ViewFilter = NO_FILTER;
  private hidden = new Set<string>();
  private truncated = false;
  /** Bumped when the start node changes, so answers for an earlier one are dropped. */
  private generation = 0;
  private pending = 0;
  private message = "";
  private suggestions: StartAnswer["organizations"]["edges"] = [];

  constructor(container: HTMLElement) {
    this.sigma = new Sigma(this.graph, container, {
      renderEdgeLabels: false,
      enableEdgeEvents: true,
      hideEdgesOnMove: true,
      labelDensity: 0.6,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: 7,
      labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
      zIndex: true,
      defaultEdgeColor: "#c9ced6",
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.layout = new LayoutController(this.graph, (running) => {
      this.layoutButton.textContent = running ? "Pause layout" : "Resume layout";
      this.layoutButton.setAttribute("aria-pressed", String(!running));
      this.layoutButton.disabled = this.graph.order === 0;
      this.status.dataset.layout = running ? "running" : "idle";
    });
    this.updateLegend = createLegend(byId("legend", HTMLElement), (type, visible) => {
      const hiddenTypes = new Set(this.filter.hiddenTypes);
      if (visible) hiddenTypes.delete(type);
      else hiddenTypes.add(type);
      this.setFilter({ ...this.filter, hiddenTypes });
    });
    new ResizeObserver(() => this.sigma.resize()).observe(container);
    this.bindGraphEvents();
    this.bindControls();
    createSearchBox(
      byId("search", HTMLFormElement),
      byId("search-input", HTMLInputElement),
      byId("search-results", HTMLUListElement),
      (id) => void this.loadRoot(id),
      (message) => this.report(message),
    );
  }

  /** See GraphPageInspector. */
  inspector(): GraphPageInspector {
    return {
      graph: this.graph,
      visibleNodes: () => this.graph.filterNodes((node) => !this.hidden.has(node)),
      viewportPosition: (id) => this.sigma.graphToViewport(this.graph.getNodeAttributes(id)),
      layoutRunning: () => this.layout.isRunning,
    };
  }

  /** Loads the theme and risk lists and suggestions, then the node named in the address (?node=), if any. */
  async start(): Promise<void> {
    try {
      const start = await this.track(requestGraphQL<StartAnswer>(START));
      const select = byId("theme", HTMLSelectElement);
      for (const theme of start.themes) select.append(h("option", { value: theme.slug }, `${theme.name} (${theme.itemCount})`));
      const risks = byId("risk", HTMLSelectElement);
      for (const risk of start.risks) risks.append(h("option", { value: risk.code }, `${risk.code} ${risk.name} (${risk.itemCount})`));
      this.suggestions = start.organizations.edges;
    } catch (error) {
      this.report(`Could not reach the API: ${(error as Error).message}`);
    }
    const node = new URLSearchParams(location.search).get("node");
    if (node) await this.loadRoot(node);
    else this.showIntro();
  }

  /** Draws the neighbourhood of `id` in place of the current view. */
  async loadRoot(id: string): Promise<void> {
    const generation = ++this.generation;
    this.layout.stop();
    this.graph.clear();
    this.root = id;
    this.selection = null;
    this.emphasised.clear();
    this.truncated = false;
    history.replaceState(null, "", `?node=${encodeURIComponent(id)}`);
    showMessage(this.panel, "Loading…", "Fetching the neighbourhood.");
    try {
      const { neighborhood } = await this.track(
        requestGraphQL<NeighborhoodAnswer>(NEIGHBORHOOD, { id, depth: this.depth(), limit: this.limit() }),
      );
      if (generation !== this.generation) return;
      if (!neighborhood || neighborhood.nodes.length === 0) {
        this.refreshView();
        showMessage(this.panel, "Not found", "No node has this id any more; search again.", true);
        return;
      }
      this.truncated = neighborhood.truncated;
      mergeView(this.graph, neighborhood, null, MAX_VIEW_NODES);
      if (this.graph.hasNode(id)) this.graph.mergeNodeAttributes(id, { expanded: true, x: 0, y: 0 });
      this.refreshView();
      this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      this.layout.start();
      // The start node's evidence shows at once, without fading the view the analyst has not looked at yet.
      void this.selectNode(id, false);
      await this.loadFacts(this.graph.nodes(), generation);
    } catch (error) {
      if (generation === this.generation) this.report(`Could not load the neighbourhood: ${(error as Error).message}`);
    }
  }

  /** Adds the neighbourhood of `id` (one link out) to the view, up to MAX_VIEW_NODES in all. */
  async expand(id: string): Promise<void> {
    if (!this.graph.hasNode(id) || this.graph.getNodeAttribute(id, "expanded")) return;
    const room = MAX_VIEW_NODES - this.graph.order;
    if (room <= 0) {
      this.report(`The view holds ${MAX_VIEW_NODES} nodes, the most it draws; centre it on a node to go further.`);
      return;
    }
    const generation = this.generation;
    this.graph.setNodeAttribute(id, "expanded", true);
    try {
      const { neighborhood } = await this.track(
        requestGraphQL<NeighborhoodAnswer>(NEIGHBORHOOD, { id, depth: 1, limit: Math.min(this.limit(), room + 1) }),
      );
      if (generation !== this.generation || !neighborhood || !this.graph.hasNode(id)) return;
      const added = mergeView(this.graph, neighborhood, id, MAX_VIEW_NODES);
      this.truncated ||= neighborhood.truncated;
      this.refreshView();
      if (this.selection?.kind === "node" && this.selection.id === id && this.emphasised.size > 0) {
        this.emphasised = new Set([id, ...this.graph.neighbors(id)]);
      }
      if (added.length > 0) this.layout.start();
      this.refreshSelection();
      await this.loadFacts(added, generation);
    } catch (error) {
      if (this.graph.hasNode(id)) this.graph.setNodeAttribute(id, "expanded", false);
      this.report(`Could not expand: ${(error as Error).message}`);
    }
  }

  /** Fetches the facts of new nodes in batches, then applies them at once (one redraw, not one per batch). */
  private async loadFacts(ids: string[], generation: number): Promise<void> {
    const batches: string[][] = [];
    for (let at = 0; at < ids.length; at += FACTS_BATCH) batches.push(ids.slice(at, at + FACTS_BATCH));
    const answers = await Promise.all(batches.map((batch) => this.track(requestGraphQL<NodeFactsAnswer>(NODE_FACTS, { ids: batch }))));
    if (generation !== this.generation) return;
    for (const { nodes } of answers) applyFacts(this.graph, nodes);
    this.refreshView();
  }

  private async selectNode(id: string, emphasise = true): Promise<void> {
    if (!this.graph.hasNode(id)) return;
    this.selection = { kind: "node", id };
    this.emphasised = emphasise ? new Set([id, ...this.graph.neighbors(id)]) : new Set();
    this.refreshView();
    const { nodeType, fullLabel } = this.graph.getNodeAttributes(id);
    const entityFilter = itemFilterFor(nodeType, fullLabel);
    const filter = entityFilter === null ? null : { ...this.itemFilter(), ...entityFilter };
    showMessage(this.panel, fullLabel, "Loading the evidence…");
    try {
      const answer = await this.track(requestGraphQL<EvidenceAnswer>(EVIDENCE, { id, filter, withItems: filter !== null }));
      if (this.selection?.kind !== "node" || this.selection.id !== id) return;
      showNodeEvidence(this.panel, answer, this.filterNote(nodeType), this.evidenceActions());
    } catch (error) {
      showMessage(this.panel, fullLabel, `Could not load the evidence: ${(error as Error).message}`, true);
    }
  }

  private async selectEdge(edge: string): Promise<void> {
    if (!this.graph.hasEdge(edge)) return;
    this.selection = { kind: "edge", id: edge };
    const item = this.graph.source(edge);
    const entity = this.graph.target(edge);
    this.emphasised = new Set([item, entity]);
    this.refreshView();
    const relation = this.graph.getEdgeAttribute(edge, "relation");
    const { fullLabel, nodeType } = this.graph.getNodeAttributes(entity);
    showMessage(this.panel, fullLabel, "Loading the evidence…");
    try {
      const answer = await this.track(requestGraphQL<EvidenceAnswer>(EVIDENCE, { id: item, filter: null, withItems: false }));
      if (this.selection?.kind !== "edge" || this.selection.id !== edge) return;
      showEdgeEvidence(this.panel, relation, { label: fullLabel, type: nodeType }, answer.node);
    } catch (error) {
      showMessage(this.panel, fullLabel, `Could not load the evidence: ${(error as Error).message}`, true);
    }
  }

  private clearSelection(): void {
    this.selection = null;
    this.emphasised.clear();
    this.refreshView();
    this.showIntro();
  }

  private refreshSelection(): void {
    if (this.selection?.kind === "node") void this.selectNode(this.selection.id, this.emphasised.size > 0);
    else if (this.selection?.kind === "edge") void this.selectEdge(this.selection.id);
  }

  private showIntro(): void {
    showIntro(this.panel, this.suggestions.map((edge) => edge.node), (id) => void this.loadRoot(id));
  }

  private evidenceActions(): EvidenceActions {
    return {
      expand: (id) => void this.expand(id),
      centre: (id) => void this.loadRoot(id),
      isExpanded: (id) => this.graph.hasNode(id) && this.graph.getNodeAttribute(id, "expanded"),
    };
  }

  private reduceNode(node: string, data: ViewNode): Partial<NodeDisplayData> {
    if (this.hidden.has(node)) return { ...data, hidden: true };
    const selected = this.selection?.kind === "node" && this.selection.id === node;
    if (selected || node === this.root) return { ...data, highlighted: selected, forceLabel: true, zIndex: 2 };
    if (this.emphasised.size > 0 && !this.emphasised.has(node)) return { ...data, color: fadedColorFor(data.nodeType), label: "", zIndex: 0 };
    return { ...data, zIndex: 1 };
  }

  private reduceEdge(edge: string, data: ViewEdge): Partial<EdgeDisplayData> {
    const [source, target] = this.graph.extremities(edge);
    if (this.hidden.has(source) || this.hidden.has(target)) return { ...data, hidden: true };
    if (this.selection === null || this.emphasised.size === 0) return data;
    const touches =
      this.selection.kind === "edge"
        ? this.selection.id === edge
        : source === this.selection.id || target === this.selection.id;
    return touches ? { ...data, color: "#5b6472", size: 2, zIndex: 1 } : { ...data, color: "#eceef1", zIndex: 0 };
  }

  /** Recomputes what the filters hide, redraws, and updates the legend and the status line. */
  private refreshView(): void {
    const keep = new Set<string>();
    if (this.root !== null) keep.add(this.root);
    if (this.selection?.kind === "node") keep.add(this.selection.id);
    this.hidden = hiddenNodes(this.graph, this.filter, keep);
    // Once per frame at most, however many answers and clicks arrive in between.
    this.sigma.scheduleRefresh();
    const counts = new Map(NODE_TYPES.map((type) => [type as string, { shown: 0, total: 0 }]));
    this.graph.forEachNode((node, attributes) => {
      const count = counts.get(attributes.nodeType) ?? { shown: 0, total: 0 };
      count.total += 1;
      if (!this.hidden.has(node)) count.shown += 1;
      counts.set(attributes.nodeType, count);
    });
    this.updateLegend(counts);
    this.updateStatus();
  }

  private updateStatus(): void {
    const shownNodes = this.graph.order - this.hidden.size;
    let shownEdges = 0;
    this.graph.forEachEdge((_edge, _attributes, source, target) => {
      if (!this.hidden.has(source) && !this.hidden.has(target)) shownEdges += 1;
    });
    this.status.dataset.nodes = String(shownNodes);
    this.status.dataset.edges = String(shownEdges);
    this.status.dataset.loading = String(this.pending > 0);
    const parts = [
      this.graph.order === 0 ? "No view yet" : `${shownNodes} nodes · ${shownEdges} edges`,
      this.hidden.size > 0 ? `${this.hidden.size} filtered out` : "",
      this.truncated ? "cut at the node limit" : "",
      this.pending > 0 ? "loading…" : "",
      this.message,
    ];
    this.status.textContent = parts.filter((part) => part.length > 0).join(" · ");
    for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-format]")) button.disabled = shownNodes === 0;
  }

  private setFilter(filter: ViewFilter): void {
    this.filter = filter;
    this.refreshView();
    this.refreshSelection();
  }

  /** The view's theme, risk and dates as an ItemFilter, so evidence matches what is drawn. */
  private itemFilter(): Record<string, string> {
    const filter: Record<string, string> = {};
    if (this.filter.theme) filter.theme = this.filter.theme;
    if (this.filter.risk) filter.risk = this.filter.risk;
    if (this.filter.from) filter.from = this.filter.from;
    if (this.filter.to) filter.to = this.filter.to;
    return filter;
  }

  private filterNote(nodeType: string): string | null {
    const parts: string[] = [];
    if (this.filter.theme && nodeType !== "Theme") parts.push(`theme ${this.filter.theme}`);
    if (this.filter.risk) parts.push(`risk ${this.filter.risk}`);
    if (this.filter.from) parts.push(`from ${this.filter.from}`);
    if (this.filter.to) parts.push(`to ${this.filter.to}`);
    return parts.length > 0 ? `Filtered: ${parts.join(", ")}.` : null;
  }

  private bindGraphEvents(): void {
    this.sigma.on("clickNode", ({ node }) => {
      void this.selectNode(node);
      if (byId("expand-on-click", HTMLInputElement).checked) void this.expand(node);
    });
    this.sigma.on("clickEdge", ({ edge }) => void this.selectEdge(edge));
    // Two quick clicks on nodes select (and expand) them; they should not also zoom, as sigma does by default.
    this.sigma.on("doubleClickNode", (event) => event.preventSigmaDefault());
    this.sigma.on("doubleClickEdge", (event) => event.preventSigmaDefault());
    this.sigma.on("clickStage", () => this.clearSelection());
    this.sigma.on("enterNode", () => this.sigma.getContainer().classList.add("pointer"));
    this.sigma.on("leaveNode", () => this.sigma.getContainer().classList.remove("pointer"));
    this.sigma.on("enterEdge", () => this.sigma.getContainer().classList.add("pointer"));
    this.sigma.on("leaveEdge", () => this.sigma.getContainer().classList.remove("pointer"));
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.selection !== null) this.clearSelection();
    });
  }

  private bindControls(): void {
    const theme = byId("theme", HTMLSelectElement);
    const risk = byId("risk", HTMLSelectElement);
    const from = byId("from", HTMLInputElement);
    const to = byId("to", HTMLInputElement);
    const onFilter = () =>
      this.setFilter({ ...this.filter, theme: theme.value || null, risk: risk.value || null, from: from.value || null, to: to.value || null });
    for (const control of [theme, risk, from, to]) control.addEventListener("change", onFilter);
    for (const control of [byId("depth", HTMLSelectElement), byId("limit", HTMLSelectElement)]) {
      control.addEventListener("change", () => {
        if (this.root !== null) void this.loadRoot(this.root);
      });
    }
    this.layoutButton.disabled = true;
    this.layoutButton.addEventListener("click", () => {
      if (this.layout.isRunning) this.layout.stop();
      else this.layout.start();
    });
    for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-format]")) {
      button.disabled = true;
      button.addEventListener("click", () => this.download(button.dataset.format as ExportFormat));
    }
  }

  /** Saves the view as drawn (filtered nodes left out, positions included) in one of the export formats. */
  private download(format: ExportFormat): void {
    const text = exportView(snapshotOf(this.graph, this.hidden), format);
    const { extension, mediaType } = EXPORT_FILES[format];
    const name = this.root !== null && this.graph.hasNode(this.root) ? this.graph.getNodeAttribute(this.root, "fullLabel") : "view";
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "view";
    const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
    const link = h("a", { href: url, download: `govgraph-${slug}.${extension}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private depth(): number {
    return Number(byId("depth", HTMLSelectElement).value);
  }

  private limit(): number {
    return Number(byId("limit", HTMLSelectElement).value);
  }

  private report(message: string): void {
    this.message = message;
    this.updateStatus();
  }

  /** Counts a request in the status line while it runs. */
  private async track<T>(promise: Promise<T>): Promise<T> {
    this.pending += 1;
    this.message = "";
    this.updateStatus();
    try {
      return await promise;
    } finally {
      this.pending -= 1;
      this.updateStatus();
    }
  }
}
