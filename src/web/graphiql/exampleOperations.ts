/** An operation file as the build embeds it (schema/operations/*.graphql, a copy of the acceptance set). */
export interface OperationFile {
  file: string;
  text: string;
}

/** An acceptance operation ready to open in GraphiQL: the text as written, variables and headers prefilled. */
export interface ExampleOperation {
  /** File name without extension, for example "02-briefing-items". */
  name: string;
  /** The operation's own name, for example "BriefingItems" (GraphiQL titles its tab with it). */
  title: string;
  /** The header comment without its variables line. */
  description: string;
  /** The whole file, header comment included, so the expectations travel with the query. */
  query: string;
  /** Pretty JSON of the header's `# variables: {...}`, or "" when it has none. */
  variables: string;
  /** Pretty JSON of the headers the operation needs (a bearer key for mutations), or "". */
  headers: string;
}

/** The header an API key goes in; the value is a placeholder the analyst replaces with a key of GOVGRAPH_API_KEYS. */
export const AUTHORIZATION_PLACEHOLDER = { Authorization: "Bearer <a key of GOVGRAPH_API_KEYS>" };

/** Reads an operation file's header comment: its `# variables:` JSON object and, for mutations, the bearer header. */
export function exampleOperation({ file, text }: OperationFile): ExampleOperation {
  const comments = text.split(/\r?\n/).filter((line) => line.startsWith("#")).map((line) => line.replace(/^#\s?/, ""));
  const variablesLine = comments.find((line) => /^variables:/i.test(line.trim()));
  const variables = variablesLine === undefined ? undefined : leadingJsonObject(variablesLine.slice(variablesLine.indexOf(":") + 1));
  const title = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(stripComments(text))?.[1];
  const isMutation = /^\s*mutation\b/m.test(stripComments(text));
  return {
    name: file.replace(/\.graphql$/, ""),
    title: title ?? file,
    description: comments.filter((line) => line !== variablesLine).join(" ").replace(/\s+/g, " ").trim(),
    query: text,
    variables: variables === undefined ? "" : JSON.stringify(variables, null, 2),
    headers: isMutation ? JSON.stringify(AUTHORIZATION_PLACEHOLDER, null, 2) : "",
  };
}

function stripComments(text: string): string {
  return text.replace(/#[^\n]*/g, "");
}

/** The first balanced JSON object in `text` (what follows it, such as a parenthesised remark, is ignored). */
function leadingJsonObject(text: string): unknown {
  const start = text.indexOf("{");
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth += 1;
    else if (char === "}" && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, index + 1)) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
