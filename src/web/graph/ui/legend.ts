import { NODE_TYPES } from "../model/nodeStyle.js";
import { h } from "./dom.js";

/** The CSS class that paints a type's colour (graph.css); the CSP forbids inline colours. */
export function colorClass(type: string): string {
  return `type-${type.toLowerCase()}`;
}

/**
 * The legend: each node type with its colour and how many of its nodes are shown; unticking a type hides it.
 * Returns an update function that takes the counts.
 */
export function createLegend(container: HTMLElement, onToggle: (type: string, visible: boolean) => void): (counts: Map<string, { shown: number; total: number }>) => void {
  const counters = new Map<string, HTMLElement>();
  const rows = NODE_TYPES.map((type) => {
    const box = h("input", { type: "checkbox", checked: true, "aria-label": `show ${type} nodes` });
    box.addEventListener("change", () => onToggle(type, box.checked));
    const counter = h("span", { class: "count" });
    counters.set(type, counter);
    return h("li", {}, h("label", {}, box, h("span", { class: `swatch ${colorClass(type)}` }), ` ${type} `, counter));
  });
  container.replaceChildren(h("ul", {}, ...rows));
  return (counts) => {
    for (const [type, counter] of counters) {
      const count = counts.get(type) ?? { shown: 0, total: 0 };
      counter.textContent = count.shown === count.total ? String(count.total) : `${count.shown}/${count.total}`;
    }
  };
}
