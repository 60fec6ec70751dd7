/** A GraphQL answer with errors: the messages, and the `extensions.code` of each (BAD_USER_INPUT, …). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[],
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Runs one operation against this server's /graphql (same origin: the only place the CSP lets the page connect to). */
export async function requestGraphQL<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let answer: GraphQLAnswer<T>;
  try {
    answer = (await response.json()) as GraphQLAnswer<T>;
  } catch {
    throw new GraphQLRequestError(`the server answered ${response.status} without JSON`, []);
  }
  if (answer.errors?.length || !answer.data) {
    const errors = answer.errors ?? [];
    throw new GraphQLRequestError(
      errors.map((error) => error.message).join("; ") || `the server answered ${response.status} without data`,
      errors.map((error) => error.extensions?.code ?? "UNKNOWN"),
    );
  }
  return answer.data;
}
