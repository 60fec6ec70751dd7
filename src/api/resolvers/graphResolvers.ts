import type { ApiContext } from "../context.js";
import { exportGraph, type ExportFormat } from "../graph/exports/exportGraph.js";
import { findConnection, type ConnectionRequest } from "../graph/findConnection.js";
import type { GraphView } from "../graph/GraphView.js";
import { neighborhood, type NeighborhoodRequest } from "../graph/neighborhood.js";

/** Resolvers of `connection` and `neighborhood`: thin, the traversals live in api/graph and use only the store. */
export const graphQueryResolvers = {
  connection: (_: unknown, args: ConnectionRequest, context: ApiContext) => findConnection(context.store, args),
  neighborhood: (_: unknown, args: NeighborhoodRequest, context: ApiContext) => neighborhood(context.store, args),
};

/** GraphView.export: the view already holds its nodes and edges, so a document costs no store call. */
export const graphTypeResolvers = {
  GraphView: {
    export: (parent: GraphView, args: { format: ExportFormat }) => exportGraph(parent, args.format),
  },
};
