import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const LAUNCHER = fileURLToPath(new URL("../../scripts/neo4j/launch.mjs", import.meta.url));
const READY = /^Neo4j 5\.26 ready at (bolt:\/\/127\.0\.0\.1:(\d+))/;
/** As long as the launcher's own --background wait: a JVM start takes ~15 s, but minutes on a loaded machine. */
const START_TIMEOUT_MS = 180_000;
const EXIT_TIMEOUT_MS = 60_000;
/** JIT with the client compiler only: these databases live for seconds, and start about a third faster with it. */
const FAST_START = "-XX:TieredStopAtLevel=1";
/** Waits for its stdin to close, then kills process group $1 and removes directory $2 if given (`kill -9 -PGID`: dash
 * takes no `--`). */
const WATCHDOG = 'cat >/dev/null; kill -9 -"$1" 2>/dev/null; if [ -n "$2" ]; then sleep 2; rm -rf "$2"; fi';
/** How long the launcher gets to notice its JVM was killed and exit, before the whole group is killed. */
const KILL_REAP_MS = 5_000;

export interface Neo4jProcessOptions {
  /** Keep the database in a temporary directory that outlives kills and restarts (removed by dispose). */
  persistent?: boolean;
}

/** Every process started by this module in this test worker, so that none outlives the tests. */
const started = new Set<Neo4jProcess>();

/**
 * A private Neo4j 5.26 for tests that take the database down: `scripts/neo4j/launch.mjs` in the foreground, in a
 * process group of its own. `kill()` SIGKILLs the JVM, the way a crash or an OOM kill would; `stop()` shuts it down
 * cleanly; `restart()` brings it back on the same port and data directory. Every instance is also watched from
 * outside the test worker, so that none survives the worker.
 */
export class Neo4jProcess {
  private launcher: ChildProcess | undefined;
  private watchdog: ChildProcess | undefined;
  private readonly output: string[] = [];

  private constructor(
    private boltPort: number,
    readonly dataDir: string | undefined,
  ) {}

  /** Starts Neo4j on a free port (or `port`) and resolves once Bolt accepts connections. */
  static async start(options: Neo4jProcessOptions = {}, port = 0): Promise<Neo4jProcess> {
    const dataDir = options.persistent ? mkdtempSync(join(tmpdir(), "govgraph-neo4j-test-")) : undefined;
    const neo4j = new Neo4jProcess(port, dataDir);
    started.add(neo4j);
    try {
      return await neo4j.launch();
    } catch (error) {
      await neo4j.dispose();
      throw error;
    }
  }

  /** The Bolt port: chosen by Neo4j on the first start when 0 was asked, kept across restarts. */
  get port(): number {
    return this.boltPort;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** True from a successful start until the process is stopped or killed. */
  get running(): boolean {
    return this.launcher !== undefined;
  }

  /** Kills the JVM with SIGKILL (no shutdown, no checkpoint) and waits until it and the launcher are gone. */
  async kill(): Promise<void> {
    await this.terminate("SIGKILL");
  }

  /** Shuts Neo4j down cleanly (SIGTERM, forwarded to the JVM) and waits until it has exited. */
  async stop(): Promise<void> {
    await this.terminate("SIGTERM");
  }

  /** Starts Neo4j again on the same port and, if persistent, the same data directory. */
  async restart(): Promise<void> {
    if (this.running) throw new Error(`Neo4j on port ${this.port} is still running`);
    await this.launch();
  }

  /** Kills the process if it runs and removes its data directory. Safe to call more than once. */
  async dispose(): Promise<void> {
    await this.kill();
    started.delete(this);
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** The launcher's last lines of output, for failure messages. */
  outputTail(lines = 30): string {
    return this.output.slice(-lines).join("\n");
  }

  private async launch(): Promise<this> {
    const args = [LAUNCHER, "--port", String(this.port), ...(this.dataDir ? ["--data", this.dataDir] : [])];
    const env = { ...process.env, NEO4J_JAVA_OPTS: [process.env["NEO4J_JAVA_OPTS"], FAST_START].filter(Boolean).join(" ") };
    const launcher = spawn(process.execPath, args, { detached: true, env, stdio: ["ignore", "pipe", "pipe"] });
    const pid = launcher.pid;
    if (pid === undefined) throw new Error("could not spawn the Neo4j launcher");
    this.launcher = launcher;
    // Tied to this worker by a pipe: if the worker dies without disposing (crash, Ctrl-C), the pipe closes and the
    // watchdog kills the whole process group and removes the data, so nothing is left behind.
    this.watchdog = spawn("sh", ["-c", WATCHDOG, "neo4j-watchdog", String(pid), this.dataDir ?? ""], {
      detached: true,
      stdio: ["pipe", "ignore", "ignore"],
    });
    this.watchdog.unref();
    launcher.stderr?.on("data", (chunk: Buffer) => this.record(chunk.toString("utf8")));
    const lines = createInterface({ input: launcher.stdout! });
    const ready = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Neo4j did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      lines.on("line", (line) => {
        this.record(line);
        const match = READY.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[2]));
        }
      });
      launcher.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the Neo4j launcher exited before it was ready (${signal ?? code})`));
      });
    });
    try {
      const port = await ready;
      if (this.port !== 0 && port !== this.port) throw new Error(`Neo4j started on port ${port}, not ${this.port}`);
      this.boltPort = port;
      return this;
    } catch (error) {
      await this.kill();
      throw new Error(`${(error as Error).message}\n--- launcher output ---\n${this.outputTail()}`);
    }
  }

  private async terminate(signal: NodeJS.Signals): Promise<void> {
    const launcher = this.launcher;
    if (!launcher?.pid) return;
    const pgid = launcher.pid;
    const exited = launcher.exitCode !== null || launcher.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => launcher.once("exit", () => resolve()));
    if (signal === "SIGTERM") {
      // The launcher forwards SIGTERM to the JVM, which shuts Neo4j down cleanly, and exits with it.
      launcher.kill(signal);
      await withTimeout(exited, EXIT_TIMEOUT_MS, `Neo4j launcher ${pgid} did not exit after SIGTERM`);
    } else {
      // SIGKILL the JVM alone first, so that the launcher reaps it (a JVM orphaned at the same moment could be left
      // a zombie); the launcher then exits by itself. The whole group gets SIGKILL if that does not happen quickly.
      for (const pid of livingMembersOf(pgid)) if (pid !== pgid) sendSignal(pid, "SIGKILL");
      const reaped = await withTimeout(exited, KILL_REAP_MS, "").then(() => true, () => false);
      if (!reaped) sendSignal(-pgid, "SIGKILL");
      await withTimeout(exited, EXIT_TIMEOUT_MS, `Neo4j launcher ${pgid} did not exit after SIGKILL`);
    }
    // The JVM holds the port and the store lock until it is really gone.
    const deadline = Date.now() + EXIT_TIMEOUT_MS;
    while (livingMembersOf(pgid).length > 0) {
      if (Date.now() > deadline) throw new Error(`processes of group ${pgid} still alive after ${signal}`);
      if (signal === "SIGKILL") sendSignal(-pgid, "SIGKILL");
      await sleep(50);
    }
    this.launcher = undefined;
    this.watchdog?.kill("SIGKILL");
    this.watchdog?.stdin?.destroy();
    this.watchdog = undefined;
  }

  private record(text: string): void {
    for (const line of text.split("\n")) if (line.trim()) this.output.push(line);
    if (this.output.length > 200) this.output.splice(0, this.output.length - 200);
  }
}

/** Kills and removes every Neo4j this module started: call it in afterAll, it also runs when a test failed. */
export async function disposeNeo4jProcesses(): Promise<void> {
  await Promise.all([...started].map((p) => p.dispose()));
}

/** Sends `signal` to a process (or, for a negative pid, a process group) that may be gone already. */
function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Pids of the group's processes that are not yet dead (zombies count as dead: they hold no port or lock). */
function livingMembersOf(pgid: number): number[] {
  if (!existsSync("/proc/self/stat")) return [];
  const living: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so read after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z" && state !== "X") living.push(Number(entry));
  }
  return living;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
