import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ensureNeo4jJars, type Neo4jTools } from "./ensure-neo4j-jars";
import { launchChild } from "./launch-child";
import { detachedLogPath, launchDetached } from "./launch-detached";
import type { LaunchOutcome } from "./launch-outcome";
import { launcherArgs } from "./launcher-args";
import { LocalNeo4jError } from "./local-neo4j-error";
import { localNeo4jStatus, type LocalNeo4jStatus } from "./local-neo4j-status";
import { neo4jLocalPaths } from "./neo4j-local-paths";
import { statusFilePath } from "./read-status-file";
import { stopLocalNeo4j } from "./stop-local-neo4j";

export interface LocalNeo4jOptions {
  /** Repository root (holds neo4j-local/). */
  home: string;
  /** Where the store lives; created if missing, reused by the next start. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** JVM heap; transaction memory is capped at half of it. Default 1024. */
  heapMb?: number;
  /** Neo4j page cache. Default 512. */
  pageCacheMb?: number;
  /** Outlive this process (`newsgraph db start`), logging to dataDir/neo4j.log. */
  detached?: boolean;
  onLog?: (line: string) => void;
  /**
   * From launch to ready, not counting a first run's Maven build. Default 120 s; a start takes 10-50 s
   * on two busy cores.
   */
  startTimeoutMs?: number;
  /** Force-stop timeout before SIGKILL. Default 30 s. */
  stopTimeoutMs?: number;
  tools?: Neo4jTools;
}

export interface LocalNeo4jHandle {
  uri: string;
  pid: number;
  /** An already running launcher served dataDir; stop() leaves it running unless forced. */
  reused: boolean;
  stop(options?: { force?: boolean }): Promise<void>;
}

const exitPortInUse = 3;
const exitStoreLocked = 4;

/** Starts the local Neo4j on dataDir, or reuses the one already serving it. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const dataDir = resolve(opts.dataDir);
  const startTimeoutMs = opts.startTimeoutMs ?? 120_000;
  const stopTimeoutMs = opts.stopTimeoutMs ?? 30_000;
  const current = await settledStatus(dataDir, Date.now() + startTimeoutMs);
  if (current.running && current.pid !== undefined && current.uri) {
    return reusedHandle(dataDir, current.pid, current.uri, stopTimeoutMs);
  }

  await ensureNeo4jJars(opts.home, opts.onLog, opts.tools);
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (err) {
    throw new LocalNeo4jError(
      "start_failed",
      `neo4j-local: cannot create the data folder ${dataDir} (${(err as Error).message}); choose another with --data-dir`,
      err,
    );
  }
  opts.onLog?.(`newsgraph: starting the local Neo4j on port ${opts.boltPort} (store in ${dataDir})…`);
  const { classArchive } = neo4jLocalPaths(opts.home);
  const args = launcherArgs({
    home: opts.home,
    dataDir,
    boltPort: opts.boltPort,
    heapMb: opts.heapMb ?? 1024,
    pageCacheMb: opts.pageCacheMb ?? 512,
    exitOnStdinClose: !opts.detached,
    useClassArchive: existsSync(classArchive) ? classArchive : undefined,
  });
  // Counted from here: a first run's Maven build and class archive take their own time before.
  const deadline = Date.now() + startTimeoutMs;
  const request = { java: opts.tools?.java ?? "java", args, dataDir, deadline, onLog: opts.onLog };
  const outcome = opts.detached ? await launchDetached(request) : await launchChild(request);

  if (outcome.kind === "ready") {
    const stop = opts.detached
      ? async () => void (await stopLocalNeo4j(dataDir, stopTimeoutMs))
      : () => stopChild(outcome.child, dataDir, stopTimeoutMs);
    return { uri: outcome.uri, pid: outcome.pid, reused: false, stop };
  }
  if (outcome.kind === "timeout") {
    await stopChild(outcome.child, dataDir, 5_000);
    throw new LocalNeo4jError(
      "start_timeout",
      `neo4j-local: Neo4j did not become ready within ${Math.round(startTimeoutMs / 1000)} s` +
        details(outcome, dataDir, opts.detached),
    );
  }
  if (outcome.code === exitStoreLocked) {
    // Usually a concurrent start on the same store (npm start and a test run): use that one.
    const other = await settledStatus(dataDir, Math.min(deadline, Date.now() + 60_000), true);
    if (other.running && other.pid !== undefined && other.uri) {
      return reusedHandle(dataDir, other.pid, other.uri, stopTimeoutMs);
    }
    throw new LocalNeo4jError(
      "store_locked",
      `neo4j-local: the store in ${dataDir} is locked by another process; stop it ` +
        `(\`npx newsgraph db stop --data-dir ${dataDir}\`) or use another --data-dir`,
    );
  }
  if (outcome.code === exitPortInUse) {
    throw new LocalNeo4jError(
      "port_in_use",
      `neo4j-local: port ${opts.boltPort} on 127.0.0.1 is already in use; choose another with --port or ` +
        "NEWSGRAPH_NEO4J_PORT, stop what listens there, or set NEO4J_URI to use that Neo4j",
    );
  }
  throw new LocalNeo4jError(
    "start_failed",
    `neo4j-local: Neo4j exited during startup (${outcome.signal ?? `exit code ${outcome.code}`})` +
      details(outcome, dataDir, opts.detached),
  );
}

/**
 * The status once it stops changing: a launcher that is alive but not answering is starting or stopping,
 * so wait (until deadline) for it to answer or exit. awaitStart also waits while no status file exists.
 */
async function settledStatus(
  dataDir: string,
  deadline: number,
  awaitStart = false,
): Promise<LocalNeo4jStatus> {
  for (;;) {
    const status = await localNeo4jStatus(dataDir);
    const settled = status.running || (status.pid === undefined && !awaitStart);
    if (settled || Date.now() >= deadline) return status;
    await sleep(250);
  }
}

function reusedHandle(dataDir: string, pid: number, uri: string, stopTimeoutMs: number): LocalNeo4jHandle {
  return {
    uri,
    pid,
    reused: true,
    stop: async (options) => {
      if (options?.force) await stopLocalNeo4j(dataDir, stopTimeoutMs);
    },
  };
}

async function stopChild(child: ChildProcess, dataDir: string, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
  // Only a killed JVM leaves its status file behind.
  if (child.signalCode === "SIGKILL") await rm(statusFilePath(dataDir), { force: true });
}

function details(
  outcome: Exclude<LaunchOutcome, { kind: "ready" }>,
  dataDir: string,
  detached?: boolean,
): string {
  const logs = [join(dataDir, "logs", "debug.log"), ...(detached ? [detachedLogPath(dataDir)] : [])].join(
    ", ",
  );
  // The launcher's own verdict, when it gave one, belongs on the first line: CLIs print only that.
  const verdict = outcome.lines.findLast((line) => line.startsWith("neo4j-local: "));
  const headline = verdict ? `: ${verdict.slice("neo4j-local: ".length)}` : "";
  const tail = outcome.lines.length > 0 ? `:\n  ${outcome.lines.join("\n  ")}` : "";
  return `${headline}; see ${logs}${tail}`;
}
