import type { ArticleInput, Extraction } from "../extraction";
import type { ModelPaths } from "../load-extractor";

/** What every extraction worker is started with. */
export interface ExtractionWorkerData {
  modelPaths: ModelPaths;
}

/** Main thread → worker: one article to extract. */
export interface ExtractRequest {
  id: number;
  input: ArticleInput;
}

/** Worker → main thread: models loaded, or the outcome of one request. */
export type WorkerReply =
  | { kind: "ready" }
  | { kind: "done"; id: number; extraction: Extraction }
  | { kind: "failed"; id: number; message: string };
