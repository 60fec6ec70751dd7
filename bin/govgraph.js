#!/usr/bin/env node
// Entry point of the `govgraph` command: runs the compiled CLI (npm ci and npm run build produce dist/).
import { existsSync } from "node:fs";

// graphql-js and Apollo Server skip development-only checks in production mode (graphql-js's cross-realm
// instanceOf check alone costs ~8% of the CPU of a large query). Introspection and error details are configured
// explicitly, so the mode changes nothing that users see. A NODE_ENV set by the user is kept.
process.env.NODE_ENV ??= "production";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("govgraph: the compiled CLI is missing (dist/). Run `npm run build` in the project first.\n");
  process.exit(1);
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
