import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ArticleInput, Extraction } from "../extraction";
import type { ModelPaths } from "../load-extractor";
import type { ExtractionWorkerData, ExtractRequest, WorkerReply } from "./pool-messages";
import { workerLaunch } from "./worker-launch";

export interface ExtractionPoolOptions {
  /** Worker threads, each with its own copy of the models. */
  workers: number;
  modelPaths?: ModelPaths | undefined;
  /** A script speaking the pool's protocol instead of extraction-worker (tests use a stand-in). */
  workerFile?: string | undefined;
}

/** Extraction on worker threads. Results come back in completion order: callers keep their own order. */
export interface ExtractionPool {
  /** Rejects for this article alone when the extractor throws on it or its worker dies on it. */
  extract(input: ArticleInput): Promise<Extraction>;
  /** Resolves once every worker has loaded its models; rejects if one could not (a missing model file). */
  ready(): Promise<void>;
  /** Ends the workers; articles not yet extracted are rejected. */
  close(): Promise<void>;
}

interface Task {
  id: number;
  input: ArticleInput;
  resolve: (extraction: Extraction) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | undefined;
}

export function createExtractionPool({
  workers,
  modelPaths = {},
  workerFile,
}: ExtractionPoolOptions): ExtractionPool {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new Error(`pool: workers must be a positive whole number, got ${workers}`);
  }
  const launch = workerLaunch(workerFile ?? join(__dirname, `extraction-worker${extname(__filename)}`));
  const queue: Task[] = [];
  const slots = new Set<Slot>();
  let nextId = 0;
  let readyCount = 0;
  let stopped: Error | undefined;
  let stopping: Promise<void> | undefined;
  let markReady: () => void = () => undefined;
  let markBroken: (err: Error) => void = () => undefined;
  const allReady = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markBroken = reject;
  });
  // Nobody has to ask for readiness: a load failure also reaches every extract() call.
  allReady.catch(() => undefined);

  const dispatch = (): void => {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.task) continue;
      const task = queue.shift()!;
      try {
        slot.worker.postMessage({ id: task.id, input: task.input } satisfies ExtractRequest);
        slot.task = task;
      } catch (err) {
        task.reject(new Error(`pool: cannot send the article to a worker: ${messageOf(err)}`));
      }
    }
  };

  const stop = (reason: Error): Promise<void> => {
    if (stopping) return stopping;
    stopped = reason;
    markBroken(reason);
    const pending = [...queue.splice(0), ...[...slots].flatMap((s) => (s.task ? [s.task] : []))];
    for (const task of pending) task.reject(reason);
    stopping = Promise.all([...slots].map((s) => s.worker.terminate())).then(() => undefined);
    return stopping;
  };

  const spawn = (): void => {
    const worker = new Worker(launch.file, {
      execArgv: launch.execArgv,
      workerData: { modelPaths } satisfies ExtractionWorkerData,
    });
    const slot: Slot = { worker, ready: false, task: undefined };
    let crash: Error | undefined;
    slots.add(slot);
    worker.on("message", (reply: WorkerReply) => {
      if (reply.kind === "ready") {
        slot.ready = true;
        if (++readyCount >= workers) markReady();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      slot.task = undefined;
      if (reply.kind === "done") task.resolve(reply.extraction);
      else task.reject(new Error(reply.message));
      dispatch();
    });
    worker.on("error", (err) => (crash = err));
    worker.on("exit", (code) => {
      slots.delete(slot);
      if (stopped) return;
      const reason = crash ? crash.message : `exit code ${code}`;
      if (!slot.ready) {
        // Every worker loads the same models: one that cannot start means none can.
        const failure = new Error(`pool: an extraction worker could not start: ${reason}`);
        slot.task?.reject(failure);
        void stop(failure);
        return;
      }
      slot.task?.reject(new Error(`pool: the extraction worker died on this article (${reason})`));
      spawn();
      dispatch();
    });
  };

  for (let i = 0; i < workers; i++) spawn();

  return {
    extract(input) {
      if (stopped) return Promise.reject(stopped);
      return new Promise<Extraction>((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject });
        dispatch();
      });
    },
    ready: () => allReady,
    close: () => stop(new Error("pool: closed before this article was extracted")),
  };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
