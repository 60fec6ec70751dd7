import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's python3, where python3-networkx is installed (`apt-get install python3-networkx`). */
export const PYTHON = "/usr/bin/python3";

/** Runs a Python snippet with `args` as sys.argv[1:]; fails (never skips) when python3 or networkx is missing. */
export function python(code: string, ...args: string[]): string {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: install python3 and python3-networkx, as .ci/run does`);
  return execFileSync(PYTHON, ["-c", code, ...args], { encoding: "utf8" }).trim();
}

/** Nodes and edges of a GraphML file as networkx reads it. */
export function networkxGraphMLCounts(file: string): { nodes: number; edges: number } {
  const out = python(
    "import networkx, sys; g = networkx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())",
    file,
  );
  const [nodes, edges] = out.split(/\s+/).map(Number);
  return { nodes: nodes ?? NaN, edges: edges ?? NaN };
}

/** Nodes and edges of a GEXF file as networkx reads it. */
export function networkxGexfCounts(file: string): { nodes: number; edges: number } {
  const out = python(
    "import networkx, sys; g = networkx.read_gexf(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())",
    file,
  );
  const [nodes, edges] = out.split(/\s+/).map(Number);
  return { nodes: nodes ?? NaN, edges: edges ?? NaN };
}

/** Nodes and edges of a Cytoscape JSON file as networkx's cytoscape_graph reads it. */
export function networkxCytoscapeCounts(file: string): { nodes: number; edges: number } {
  const out = python(
    "import json, sys, networkx; g = networkx.cytoscape_graph(json.load(open(sys.argv[1]))); print(g.number_of_nodes(), g.number_of_edges())",
    file,
  );
  const [nodes, edges] = out.split(/\s+/).map(Number);
  return { nodes: nodes ?? NaN, edges: edges ?? NaN };
}
