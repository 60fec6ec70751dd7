import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { BadUserInputError } from "../errors.js";
import type { PreparedBriefing } from "./prepareBriefing.js";

/** What a worker needs to build the same extractor as the main thread. */
export interface ExtractWorkerData {
  seedsDir: string | null;
  taxonomyDir: string;
}

export interface ExtractRequest {
  id: number;
  file: string;
}

export type ExtractResponse = { id: number; ok: true; prepared: PreparedBriefing } | { id: number; ok: false; message: string };

// The compiled worker; when running from TypeScript sources (tests, tsx) it does not exist and loading stays serial.
const WORKER_FILE = new URL("./extractWorker.js", import.meta.url);

/**
 * Worker threads that read, parse and extract briefing files in parallel, for loading many at start: extraction is
 * most of the cost of a load, and the store write that follows is cheap. Answers come back as plain data.
 */
export class ExtractorPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (p: PreparedBriefing) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private nextWorker = 0;

  private constructor(data: ExtractWorkerData, size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_FILE, { workerData: data });
      worker.on("message", (response: ExtractResponse) => this.settle(response));
      worker.on("error", (error) => this.failAll(error));
      return worker;
    });
  }

  /** A pool of one thread per core, or null where workers cannot run (from TypeScript sources, or one core). */
  static create(data: ExtractWorkerData, size = availableParallelism()): ExtractorPool | null {
    if (size < 2 || !existsSync(fileURLToPath(WORKER_FILE))) return null;
    return new ExtractorPool(data, size);
  }

  /** Reads, parses and extracts one file; refused (BadUserInputError with file:line: reason) as Ingestor.ingest would. */
  prepare(file: string): Promise<PreparedBriefing> {
    const id = this.nextId++;
    const worker = this.workers[this.nextWorker++ % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, file } satisfies ExtractRequest);
    });
  }

  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.failAll(new Error("extractor pool closed"));
  }

  private settle(response: ExtractResponse): void {
    const waiting = this.pending.get(response.id);
    if (waiting === undefined) return;
    this.pending.delete(response.id);
    if (response.ok) waiting.resolve(response.prepared);
    else waiting.reject(new BadUserInputError(response.message));
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
