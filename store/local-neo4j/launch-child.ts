import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { LaunchOutcome, LaunchRequest } from "./launch-outcome";
import { readyLine } from "./launch-outcome";

const keptLines = 20;

/**
 * Runs the launcher as a child of this process (the caller must pass --exit-on-stdin-close in args, so
 * the JVM follows this process if it dies) and waits for its ready line on stdout.
 */
export function launchChild({ java, args, dataDir, deadline, onLog }: LaunchRequest): Promise<LaunchOutcome> {
  const child = spawn(java, args, { cwd: dataDir, stdio: ["pipe", "pipe", "pipe"] });
  const lines: string[] = [];
  // Drained for the whole life of the JVM: a full pipe would block its logging.
  createInterface({ input: child.stderr }).on("line", (line) => {
    lines.push(line);
    if (lines.length > keptLines) lines.shift();
    onLog?.(line);
  });
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve({ kind: "timeout", child, lines }),
      Math.max(0, deadline - Date.now()),
    );
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = readyLine.exec(line);
      if (match?.[1] && child.pid !== undefined) {
        clearTimeout(timer);
        resolve({ kind: "ready", uri: match[1], pid: child.pid, child });
      }
    });
    // "close", not "exit": the last stderr lines, often the reason, arrive only before close.
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ kind: "exited", code, signal, lines });
    });
    child.once("error", (err) => {
      clearTimeout(timer);
      resolve({ kind: "exited", code: null, signal: null, lines: [...lines, err.message] });
    });
  });
}
