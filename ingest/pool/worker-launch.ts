import { extname } from "node:path";

export interface WorkerLaunch {
  file: string;
  /** undefined: inherit the parent's (compiled JavaScript needs nothing more). */
  execArgv: string[] | undefined;
}

/**
 * How to start a worker script. Compiled JavaScript (dist/) starts as is. A TypeScript source (under tsx
 * or ts-jest) needs tsx's require hook registered in the worker itself: a worker thread does not inherit
 * the parent's loader, and ts-jest's transform exists only inside jest's module registry.
 */
export function workerLaunch(file: string): WorkerLaunch {
  if (extname(file) !== ".ts") return { file, execArgv: undefined };
  let tsxHook: string;
  try {
    tsxHook = require.resolve("tsx/cjs");
  } catch {
    throw new Error(
      `pool: ${file} is TypeScript and tsx (a dev dependency) is not installed; run npm run build and use dist/`,
    );
  }
  return { file, execArgv: ["--require", tsxHook] };
}
