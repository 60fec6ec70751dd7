import { execFileSync } from "node:child_process";

/** A graph as networkx read it: whether directed, and every node and edge with its attributes. */
export interface NetworkxGraph {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<[string, string, Record<string, unknown>]>;
}

/** Debian's interpreter, which has python3-networkx (.ci/run installs it); a pyenv `python3` may lack it. */
const PYTHON = "/usr/bin/python3";

const SCRIPT = `
import json, sys
import networkx as nx
fmt, path = sys.argv[1], sys.argv[2]
if fmt == "GRAPHML":
    g = nx.read_graphml(path)
elif fmt == "GEXF":
    g = nx.read_gexf(path)
else:
    with open(path, encoding="utf-8") as f:
        g = nx.cytoscape_graph(json.load(f))
print(json.dumps({
    "directed": g.is_directed(),
    "nodes": {n: d for n, d in g.nodes(data=True)},
    "edges": [[u, v, d] for u, v, d in g.edges(data=True)],
}))
`;

/**
 * Reads a document with networkx, a real third-party parser (read_graphml, read_gexf, cytoscape_graph).
 * Throws when Python or networkx is missing: a test relying on it fails rather than skips.
 */
export function readWithNetworkx(format: "GRAPHML" | "GEXF" | "CYTOSCAPE_JSON", path: string): NetworkxGraph {
  const output = execFileSync(PYTHON, ["-c", SCRIPT, format, path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output) as NetworkxGraph;
}
