import type { GraphiQLProps } from "graphiql";

/**
 * GraphiQL's fetcher: a JSON POST to this server's /graphql with the headers of the headers editor
 * (where the `Authorization: Bearer <key>` of a mutation goes). Same origin, so the CSP's connect-src 'self' allows it.
 */
export const fetchGraphQL: GraphiQLProps["fetcher"] = async (params, options) => {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name] = String(value);
  const response = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify(params) });
  return (await response.json()) as Record<string, unknown>;
};
