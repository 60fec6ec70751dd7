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
 * alias, a theme by slug, a publisher by domain. Organizations (what analysts name nearly always) are looked up
 * first, every argument's together, beside the id-shaped arguments; a theme's and a publisher's ids follow from
 * slug and domain, and are read in one more `nodes` call only for an argument nothing else answered. Unknown text,
 * or a briefing or source, is refused with BAD_USER_INPUT naming the argument.
 */
export async function resolveEndpoints(store: GraphStore, endpoints: readonly EndpointArgument[]): Promise<GraphNode[]> {
  const names = endpoints.map(({ text, argument }) => {
    const name = text.trim();
    if (name === "") throw new BadUserInputError(`"${argument}" must name an organization, theme, publisher or node id`, { argument });
    return name;
  });
  const givenIds = names.filter((name) => fromGlobalId(name) !== null);
  const [byId, organizations] = await Promise.all([
    givenIds.length > 0 ? store.nodes(givenIds) : Promise.resolve([]),
    Promise.all(names.map((name) => store.organizationByName(name))),
  ]);
  const found: Array<GraphNode | null> = names.map((name, index) => {
    const node = byId[givenIds.indexOf(name)] ?? null;
    const organization = organizations[index];
    return node ?? (organization ? { type: "Organization", value: organization } : null);
  });
  const unanswered = names.flatMap((name, index) => (found[index] === null ? [index] : []));
  if (unanswered.length > 0) {
    const candidates = unanswered.flatMap((index) => {
      const name = (names[index] as string).toLowerCase();
      return [toGlobalId("Theme", name), toGlobalId("Publisher", name.replace(/^www\./, ""))];
    });
    const nodes = await store.nodes(candidates);
    unanswered.forEach((index, k) => (found[index] = nodes[2 * k] ?? nodes[2 * k + 1] ?? null));
  }
  return endpoints.map(({ argument }, index) => {
    const node = found[index] ?? null;
    if (node === null) {
      throw new BadUserInputError(`"${argument}": no organization, theme, publisher or node id is known as ${JSON.stringify(names[index])}`, { argument });
    }
    if (!isDrawable(node.type)) {
      throw new BadUserInputError(`"${argument}" is a ${node.type}; connections join organizations, themes, publishers and items`, { argument });
    }
    return node;
  });
}
