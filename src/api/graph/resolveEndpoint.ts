import { fromGlobalId, toGlobalId } from "../../domain/ids.js";
import { BadUserInputError } from "../../errors.js";
import type { GraphNode, GraphStore } from "../../store/GraphStore.js";
import { isDrawable } from "./GraphView.js";

/** An argument of `connection` naming a node, and the argument's name for errors. */
export interface EndpointArgument {
  text: string;
  argument: string;
}

/**
 * The nodes the arguments of `connection` name, each tried in this order: a global id, an organization by name or
 * alias, a theme by slug, a publisher by domain. The look-ups run concurrently and the id-shaped ones of every
 * argument share one `nodes` call (a theme's and a publisher's ids follow from slug and domain); the order only
 * decides which answer wins. Unknown text, or a briefing or source, is refused with BAD_USER_INPUT naming the
 * argument.
 */
export async function resolveEndpoints(store: GraphStore, endpoints: readonly EndpointArgument[]): Promise<GraphNode[]> {
  const names = endpoints.map(({ text, argument }) => {
    const name = text.trim();
    if (name === "") throw new BadUserInputError(`"${argument}" must name an organization, theme, publisher or node id`, { argument });
    return name;
  });
  const candidateIds = names.map((name) => [
    fromGlobalId(name) ? name : "",
    toGlobalId("Theme", name.toLowerCase()),
    toGlobalId("Publisher", name.toLowerCase().replace(/^www\./, "")),
  ]);
  const [found, organizations] = await Promise.all([
    store.nodes(candidateIds.flat()),
    Promise.all(names.map((name) => store.organizationByName(name))),
  ]);
  return endpoints.map(({ argument }, index) => {
    const [byId, theme, publisher] = found.slice(index * 3, index * 3 + 3);
    const organization = organizations[index];
    const node: GraphNode | null =
      byId ?? (organization ? { type: "Organization", value: organization } : null) ?? theme ?? publisher ?? null;
    if (node === null) {
      throw new BadUserInputError(`"${argument}": no organization, theme, publisher or node id is known as ${JSON.stringify(names[index])}`, { argument });
    }
    if (!isDrawable(node.type)) {
      throw new BadUserInputError(`"${argument}" is a ${node.type}; connections join organizations, themes, publishers and items`, { argument });
    }
    return node;
  });
}
