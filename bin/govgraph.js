#!/usr/bin/env node
// Entry point of the `govgraph` command: runs the compiled CLI (npm ci and npm run build produce dist/).
import { existsSync } from "node:fs";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("govgraph: the compiled CLI is missing (dist/). Run `npm run build` in the project first.\n");
  process.exit(1);
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
