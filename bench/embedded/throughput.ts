import autocannon from "autocannon";

/** Requests per second that `connections` keep-alive connections get for one GraphQL request body. */
export async function throughput(
  url: string,
  body: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<{ requestsPerSecond: number; errors: number }> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json", ...options.headers },
    body,
    connections: options.connections,
    duration: options.seconds,
  });
  return { requestsPerSecond: result.requests.average, errors: result.errors + result.timeouts + result.non2xx };
}
