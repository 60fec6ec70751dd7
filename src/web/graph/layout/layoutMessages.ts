/** Starts (or restarts) the layout on a new snapshot of the graph. Index i stands for the i-th node of `positions`. */
export interface RunLayoutMessage {
  kind: "run";
  generation: number;
  /** x0, y0, x1, y1, … */
  positions: Float32Array;
  /** source0, target0, source1, target1, … as node indexes. */
  edges: Uint32Array;
  /** Iterations at most before the layout settles by itself. */
  maxIterations: number;
}

/**
 * Lets the worker run its next batch, once the page has drawn the last positions: the layout never gets ahead of
 * the drawing, and on a slow machine it leaves the CPU to rendering and input.
 */
export interface ContinueLayoutMessage {
  kind: "continue";
  generation: number;
  /** How long the next batch may compute, in milliseconds. */
  budgetMs: number;
}

export interface StopLayoutMessage {
  kind: "stop";
}

export type LayoutRequest = RunLayoutMessage | ContinueLayoutMessage | StopLayoutMessage;

/** Positions after a batch of iterations; `done` once the layout has settled or spent its iterations. */
export interface LayoutProgress {
  kind: "positions";
  generation: number;
  positions: Float32Array;
  iterations: number;
  done: boolean;
}
