import type { ViewGraph } from "../model/ViewGraph.js";
import type { LayoutProgress, LayoutRequest } from "./layoutMessages.js";

/** The worker bundle scripts/web/build.mjs writes next to graph.js. */
const WORKER_URL = "/assets/layoutWorker.js";

/** Bounds of a layout batch: at least one frame's worth of work, at most a tenth of a second. */
const MIN_BUDGET_MS = 12;
const MAX_BUDGET_MS = 100;

/**
 * Runs ForceAtlas2 on the view graph in a web worker. Positions are written back once per animation frame, and the
 * worker computes its next batch only after that: the page's thread only copies numbers, and a batch lasts about
 * as long as a frame takes to draw (bounded), so a slow renderer slows the layout rather than the page.
 */
export class LayoutController {
  private readonly worker = new Worker(WORKER_URL, { type: "module", name: "govgraph-layout" });
  private generation = 0;
  /** Index of each node in the snapshot the worker is laying out. */
  private index = new Map<string, number>();
  private running = false;
  private pending: LayoutProgress | null = null;
  private frameRequested = false;
  private lastFrame = 0;

  /** `onChange(running, iterations)` is told when the layout starts and when it settles or stops. */
  constructor(
    private readonly graph: ViewGraph,
    private readonly onChange: (running: boolean, iterations: number) => void,
  ) {
    this.worker.addEventListener("message", (event: MessageEvent<LayoutProgress>) => this.receive(event.data));
  }

  /** True while the worker is iterating. */
  get isRunning(): boolean {
    return this.running;
  }

  /** Starts the layout over from the graph's current positions (call after nodes were added). */
  start(maxIterations = 1500): void {
    this.generation += 1;
    this.pending = null;
    const order = this.graph.nodes();
    this.index = new Map(order.map((node, i) => [node, i]));
    const positions = new Float32Array(order.length * 2);
    order.forEach((node, i) => {
      const { x, y } = this.graph.getNodeAttributes(node);
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    });
    const edges = new Uint32Array(this.graph.size * 2);
    let e = 0;
    this.graph.forEachEdge((_edge, _attributes, source, target) => {
      edges[e++] = this.index.get(source) ?? 0;
      edges[e++] = this.index.get(target) ?? 0;
    });
    this.post({ kind: "run", generation: this.generation, positions, edges, maxIterations }, [positions.buffer, edges.buffer]);
    this.lastFrame = 0;
    this.running = true;
    this.onChange(true, 0);
  }

  /** Stops iterating; the drawing keeps the last positions. */
  stop(): void {
    this.generation += 1;
    this.pending = null;
    this.post({ kind: "stop" }, []);
    if (this.running) {
      this.running = false;
      this.onChange(false, 0);
    }
  }

  private post(message: LayoutRequest, transfer: Transferable[]): void {
    this.worker.postMessage(message, transfer);
  }

  private receive(progress: LayoutProgress): void {
    if (progress.generation !== this.generation) return;
    this.pending = progress;
    if (!this.frameRequested) {
      this.frameRequested = true;
      requestAnimationFrame((now) => this.frame(now));
    }
  }

  /** Writes the latest positions, then lets the worker go on for about as long as frames take here. */
  private frame(now: number): void {
    this.frameRequested = false;
    const progress = this.pending;
    this.pending = null;
    if (!progress || progress.generation !== this.generation) return;
    const { positions } = progress;
    const index = this.index;
    this.graph.updateEachNodeAttributes(
      (node, attributes) => {
        const at = index.get(node);
        if (at === undefined) return attributes;
        attributes.x = positions[2 * at] ?? attributes.x;
        attributes.y = positions[2 * at + 1] ?? attributes.y;
        return attributes;
      },
      { attributes: ["x", "y"] },
    );
    if (progress.done) {
      this.running = false;
      this.onChange(false, progress.iterations);
      return;
    }
    const interval = this.lastFrame === 0 ? MIN_BUDGET_MS : now - this.lastFrame;
    this.lastFrame = now;
    const budgetMs = Math.min(MAX_BUDGET_MS, Math.max(MIN_BUDGET_MS, interval / 2));
    this.post({ kind: "continue", generation: this.generation, budgetMs }, []);
  }
}
