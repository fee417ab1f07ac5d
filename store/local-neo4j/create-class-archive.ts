import { existsSync } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort } from "../find-free-port";
import { launcherArgs } from "./launcher-args";
import { neo4jLocalPaths } from "./neo4j-local-paths";
import { lastLines } from "./read-log-tail";
import { runCommand } from "./run-command";

/**
 * Starts Neo4j once on a throwaway store, runs a few statements and records the loaded classes in a
 * class-data-sharing archive that later starts map instead of loading ~200 jars' classes one by one.
 * Optional: on any failure Neo4j simply starts without it, so this never throws.
 */
export async function createClassArchive(
  home: string,
  java: string,
  onLog?: (line: string) => void,
): Promise<boolean> {
  const paths = neo4jLocalPaths(home);
  const partial = `${paths.classArchive}.${process.pid}.tmp`;
  let dataDir: string | undefined;
  try {
    await rm(paths.classArchive, { force: true });
    onLog?.("newsgraph: preparing a class archive so that Neo4j starts faster (first run only)…");
    dataDir = await mkdtemp(join(tmpdir(), "newsgraph-neo4j-warm-up-"));
    const args = launcherArgs({
      home,
      dataDir,
      boltPort: await findFreePort(),
      heapMb: 1024,
      pageCacheMb: 64,
      exitOnStdinClose: false,
      dumpClassArchive: partial,
    });
    const result = await runCommand(java, [...args, "--warm-up-and-exit"], dataDir, 300_000);
    if (result.code === 0 && existsSync(partial)) {
      await rename(partial, paths.classArchive);
      return true;
    }
    const why = lastLines(result.stderr, 3).join(" / ") || `exit code ${result.code}`;
    onLog?.(`newsgraph: no class archive (${why}); Neo4j starts without one`);
    return false;
  } catch (err) {
    onLog?.(`newsgraph: no class archive (${(err as Error).message}); Neo4j starts without one`);
    return false;
  } finally {
    await rm(partial, { force: true });
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}
