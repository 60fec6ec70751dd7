// ForceAtlas2 in a worker of its own (/assets/layoutWorker.js, allowed by worker-src 'self'), so a 2,000-node layout
// never runs on the page's thread. It computes in batches and posts the positions after each; the page answers
// "continue" once it has drawn them (see LayoutController), which paces the layout to the drawing.
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { LayoutProgress, LayoutRequest, RunLayoutMessage } from "./layoutMessages.js";

/** The part of the worker global scope used here (the page's tsconfig has DOM types, not WebWorker ones). */
interface WorkerScope {
  postMessage(message: LayoutProgress, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<LayoutRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

/** Mean movement per iteration, relative to the drawing's extent, under which the layout counts as settled. */
const SETTLED = 0.0004;

interface Run {
  request: RunLayoutMessage;
  graph: UndirectedGraph;
  settings: ReturnType<typeof forceAtlas2.inferSettings>;
  count: number;
  iterations: number;
  perBatch: number;
}

let current: Run | undefined;

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.kind === "run") {
    current = start(message);
    batch(current, 16);
  } else if (message.kind === "continue") {
    if (current && current.request.generation === message.generation) batch(current, message.budgetMs);
  } else {
    current = undefined;
  }
});

function start(request: RunLayoutMessage): Run {
  const graph = new UndirectedGraph({ multi: false });
  const count = request.positions.length / 2;
  for (let i = 0; i < count; i += 1) {
    graph.addNode(i, { x: request.positions[2 * i] ?? 0, y: request.positions[2 * i + 1] ?? 0 });
  }
  for (let e = 0; e + 1 < request.edges.length; e += 2) {
    const source = request.edges[e] ?? 0;
    const target = request.edges[e + 1] ?? 0;
    if (source !== target && !graph.hasEdge(source, target)) graph.addEdge(source, target);
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: count > 300, adjustSizes: false, linLogMode: false };
  return { request, graph, settings, count, iterations: 0, perBatch: 1 };
}

/** Runs iterations for about `budgetMs`, then posts the positions. */
function batch(run: Run, budgetMs: number): void {
  const before = positionsOf(run.graph, run.count);
  const started = performance.now();
  let done = false;
  let ran = 0;
  while (!done && (ran === 0 || performance.now() - started < budgetMs)) {
    forceAtlas2.assign(run.graph, { iterations: run.perBatch, settings: run.settings });
    ran += run.perBatch;
    done = run.iterations + ran >= run.request.maxIterations;
  }
  run.iterations += ran;
  const positions = positionsOf(run.graph, run.count);
  done ||= meanMove(before, positions) / ran < SETTLED;
  if (done) current = undefined;
  scope.postMessage({ kind: "positions", generation: run.request.generation, positions, iterations: run.iterations, done }, [positions.buffer]);
}

function positionsOf(graph: UndirectedGraph, count: number): Float32Array {
  const positions = new Float32Array(count * 2);
  graph.forEachNode((node, attributes) => {
    const i = Number(node);
    positions[2 * i] = attributes.x as number;
    positions[2 * i + 1] = attributes.y as number;
  });
  return positions;
}

/** Mean distance a node moved, relative to the drawing's width. */
function meanMove(before: Float32Array, after: Float32Array): number {
  let move = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < after.length; i += 2) {
    const x = after[i] ?? 0;
    move += Math.hypot(x - (before[i] ?? 0), (after[i + 1] ?? 0) - (before[i + 1] ?? 0));
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  }
  const extent = Math.max(maxX - minX, 1);
  return move / Math.max(after.length / 2, 1) / extent;
}
