// The graph page at /: see graph/GraphPage.ts.
import { GraphPage, type GraphPageInspector } from "./graph/GraphPage.js";
import { byId } from "./graph/ui/dom.js";
import "./graph/graph.css";

const container = byId("graph", HTMLDivElement);
try {
  const page = new GraphPage(container);
  (window as Window & { govgraph?: GraphPageInspector }).govgraph = page.inspector();
  void page.start();
} catch (error) {
  // Sigma needs WebGL; without it (or on any start-up failure) say so where the graph would be.
  container.textContent = `The graph cannot be drawn in this browser: ${(error as Error).message}`;
  container.classList.add("failed");
}
