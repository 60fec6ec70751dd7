import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { userMessage } from "../errors.js";
import { Extractor } from "../extract/Extractor.js";
import { reviewedTaxonomy } from "../review/reviewedTaxonomy.js";
import { prepareBriefing } from "./prepareBriefing.js";
import type { ExtractRequest, ExtractResponse, ExtractWorkerData } from "./ExtractorPool.js";

/** A thread of an ExtractorPool: reads, parses and extracts the files it is sent, with the pool's taxonomy. */
const { seedsDir, taxonomyDir } = workerData as ExtractWorkerData;
const extractor = new Extractor(reviewedTaxonomy(seedsDir, taxonomyDir));

parentPort?.on("message", ({ id, file }: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    response = { id, ok: true, prepared: prepareBriefing(readFileSync(file), file, extractor) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = typeof code === "string" && code.startsWith("E") ? `${file}:1: cannot read the file (${code})` : userMessage(error).message;
    response = { id, ok: false, message };
  }
  parentPort?.postMessage(response);
});
