import type { GraphView } from "../GraphView.js";

/** What an export writes: the nodes and edges of a view (the truncation flag is the API's business). */
export type DrawableGraph = Pick<GraphView, "nodes" | "edges">;
