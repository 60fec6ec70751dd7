import { readFileSync } from "node:fs";
import type { Command } from "./Command.js";

/** `govgraph --version`: the package version. */
export const helpCommand: Command = {
  name: "version",
  summary: "print the version",
  help: "Usage: govgraph --version",
  async run(_argv, io) {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    io.out(`govgraph ${pkg.version}`);
    return 0;
  },
};
