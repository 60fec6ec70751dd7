import { fromGlobalId, toGlobalId } from "../../domain/ids.js";
import { BadUserInputError } from "../../errors.js";
import type { GraphNode, GraphStore } from "../../store/GraphStore.js";
import { isDrawable } from "./GraphView.js";

/**
 * The node an argument of `connection` names, tried in this order: a global id, an organization by name or alias,
 * a theme by slug, a publisher by domain. The look-ups run concurrently; the order only decides which answer wins.
 * Unknown text, or a briefing or source, is refused with BAD_USER_INPUT naming the argument.
 */
export async function resolveEndpoint(store: GraphStore, text: string, argument: string): Promise<GraphNode> {
  const name = text.trim();
  if (name === "") throw new BadUserInputError(`"${argument}" must name an organization, theme, publisher or node id`, { argument });
  const globalId = fromGlobalId(name) ? name : null;
  const publisherId = toGlobalId("Publisher", name.toLowerCase().replace(/^www\./, ""));
  const [[byId, publisher], organization, theme] = await Promise.all([
    store.nodes([globalId ?? "", publisherId]),
    store.organizationByName(name),
    store.themeBySlug(name.toLowerCase()),
  ]);
  const node: GraphNode | null =
    byId ?? (organization ? { type: "Organization", value: organization } : null) ?? (theme ? { type: "Theme", value: theme } : null) ?? publisher ?? null;
  if (node === null) {
    throw new BadUserInputError(`"${argument}": no organization, theme, publisher or node id is known as ${JSON.stringify(name)}`, { argument });
  }
  if (!isDrawable(node.type)) {
    throw new BadUserInputError(`"${argument}" is a ${node.type}; connections join organizations, themes, publishers and items`, { argument });
  }
  return node;
}
