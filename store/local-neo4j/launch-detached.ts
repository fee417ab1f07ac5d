import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { LaunchOutcome, LaunchRequest } from "./launch-outcome";
import { readLogTail } from "./read-log-tail";
import { readStatusFile } from "./read-status-file";

/** Log of a detached launcher (its stdout and stderr), next to the store. */
export function detachedLogPath(dataDir: string): string {
  return join(dataDir, "neo4j.log");
}

/**
 * Runs the launcher in its own session so it outlives this process (`newsgraph db start`), logging to
 * dataDir/neo4j.log. Its status file, written only once Bolt answers, is the ready signal.
 */
export async function launchDetached({
  java,
  args,
  dataDir,
  deadline,
}: LaunchRequest): Promise<LaunchOutcome> {
  const logFile = detachedLogPath(dataDir);
  const fd = openSync(logFile, "a");
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  const child = spawn(java, args, { cwd: dataDir, detached: true, stdio: ["ignore", fd, fd] });
  closeSync(fd);
  child.once("exit", (code, signal) => (exit = { code, signal }));
  child.once("error", (err) => (spawnError = err));
  child.unref();

  while (Date.now() < deadline) {
    if (spawnError) return { kind: "exited", code: null, signal: null, lines: [spawnError.message] };
    if (exit) return { kind: "exited", ...exit, lines: await readLogTail(logFile) };
    const status = await readStatusFile(dataDir);
    if (status && status.pid === child.pid) return { kind: "ready", uri: status.uri, pid: status.pid, child };
    await sleep(200);
  }
  return { kind: "timeout", child, lines: await readLogTail(logFile) };
}
