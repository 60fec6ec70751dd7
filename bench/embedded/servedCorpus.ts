import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/govgraph.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

/** `govgraph serve` over a corpus, in its own process, as users run it. */
export interface ServedCorpus {
  url: string;
  /** From spawning the process to /health answering 200: loading every briefing included. */
  readySeconds: number;
  /** The server process's peak resident set size so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  /** What the server wrote to stderr so far: progress and skipped files. */
  log(): string;
  /** The temporary seeds directory it serves. */
  seedsDir: string;
  close(): Promise<void>;
}

/** Writes the briefings into a temporary seeds directory and starts the embedded server on it. */
export async function serveCorpus(briefings: Iterable<{ fileName: string; text: string | Uint8Array }>): Promise<ServedCorpus> {
  if (!existsSync(BUILT)) throw new Error("dist/ is missing: run `npm run build` first");
  const seedsDir = mkdtempSync(join(tmpdir(), "govgraph-bench-seeds-"));
  for (const { fileName, text } of briefings) writeFileSync(join(seedsDir, fileName), text);
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, "serve", "--seeds", seedsDir, "--port", "0"], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, GOVGRAPH_API_KEYS: "", GOVGRAPH_TRACE: "" },
  });
  const cleanUp = () => rmSync(seedsDir, { recursive: true, force: true });
  try {
    const output = { text: "" };
    child.stderr?.on("data", (chunk: Buffer) => (output.text += chunk.toString()));
    const url = await serverUrl(child);
    return {
      url,
      seedsDir,
      log: () => output.text,
      readySeconds: (performance.now() - started) / 1000,
      peakRssMiB: () => peakRssOf(child.pid as number),
      close: async () => {
        await stop(child);
        cleanUp();
      },
    };
  } catch (error) {
    child.kill("SIGKILL");
    cleanUp();
    throw error;
  }
}

/** The URL the server announces on stderr once it listens, which it does only when the seeds are loaded. */
function serverUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/\S+)\/graphql/.exec(output);
      if (match) resolve(match[1] as string);
    });
    child.once("exit", (code) => reject(new Error(`govgraph serve exited (${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
}

function peakRssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
