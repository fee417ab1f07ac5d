/**
 * Worker-thread entry of the extraction pool: loads the models once, then extracts every article the
 * pool sends. An extractor exception is answered as a failure of that article; the worker carries on.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadExtractor } from "../load-extractor";
import type { ExtractionWorkerData, ExtractRequest, WorkerReply } from "./pool-messages";

const port = parentPort;
if (!port) throw new Error("pool: extraction-worker runs only inside a worker thread");
const { modelPaths } = workerData as ExtractionWorkerData;
const extractor = loadExtractor(modelPaths);
const reply = (message: WorkerReply): void => port.postMessage(message);
reply({ kind: "ready" });
port.on("message", ({ id, input }: ExtractRequest) => {
  try {
    reply({ kind: "done", id, extraction: extractor.extract(input) });
  } catch (err) {
    reply({ kind: "failed", id, message: err instanceof Error ? err.message : String(err) });
  }
});
