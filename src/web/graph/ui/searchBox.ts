import { requestGraphQL } from "../api/requestGraphQL.js";
import { SEARCH, type SearchAnswer } from "../api/queries.js";
import { bestHit, hitLabel } from "../model/searchHits.js";
import { colorClass } from "./legend.js";
import { h } from "./dom.js";

/**
 * The search form: on submit it runs `search`, starts from the best hit and lists the others to pick from.
 * `onError` gets the message when the search fails.
 */
export function createSearchBox(
  form: HTMLFormElement,
  input: HTMLInputElement,
  list: HTMLUListElement,
  pick: (id: string) => void,
  onError: (message: string) => void,
): void {
  const close = () => {
    list.hidden = true;
    list.replaceChildren();
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (query.length === 0) return;
    requestGraphQL<SearchAnswer>(SEARCH, { query })
      .then(({ search }) => {
        const best = bestHit(query, search);
        if (!best) {
          list.replaceChildren(h("li", { class: "muted" }, `Nothing found for “${query}”.`));
          list.hidden = false;
          return;
        }
        pick(best.node.id);
        list.replaceChildren(
          ...search.map((hit) => {
            const button = h(
              "button",
              { type: "button", class: hit === best ? "current" : undefined },
              h("span", { class: `chip ${colorClass(hit.node.__typename)}` }, hit.node.__typename),
              ` ${hitLabel(hit)}`,
              hit.node.briefing ? h("span", { class: "muted" }, ` ${hit.node.briefing.date}`) : null,
            );
            button.addEventListener("click", () => {
              pick(hit.node.id);
              close();
            });
            return h("li", {}, button);
          }),
        );
        list.hidden = search.length < 2;
      })
      .catch((error: unknown) => onError(`Search failed: ${(error as Error).message}`));
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  document.addEventListener("click", (event) => {
    if (!form.contains(event.target as Node)) close();
  });
}
