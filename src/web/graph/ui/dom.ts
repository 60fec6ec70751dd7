/** Content of an element: text is always set as text, never parsed as HTML. */
export type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element with attributes and children. There is deliberately no `style` or `innerHTML` here: inline
 * styles are refused by the page's Content-Security-Policy, and text from the graph must never become markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === "style") throw new Error("inline styles are blocked by the CSP; use a class");
    element.setAttribute(name, value === true ? "" : value);
  }
  element.append(...children.filter((child): child is Node | string | number => child !== null && child !== undefined && child !== false).map((child) => (typeof child === "number" ? String(child) : child)));
  return element;
}

/** The element with this id; the page's HTML is fixed, so a missing one is a bug. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the page has no #${id} ${type.name}`);
  return element;
}

/** A link for an http(s) URL of a source; anything else (javascript:, data:) is shown as text, not linked. */
export function sourceLink(url: string, text: string): HTMLElement {
  let safe = false;
  try {
    safe = ["http:", "https:"].includes(new URL(url).protocol);
  } catch {
    safe = false;
  }
  return safe ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text) : h("span", {}, text);
}
