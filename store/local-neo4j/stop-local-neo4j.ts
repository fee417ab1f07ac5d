import { rm } from "node:fs/promises";
import { localNeo4jStatus } from "./local-neo4j-status";
import { statusFilePath } from "./read-status-file";
import { terminateProcess } from "./terminate-process";

/** Stops the launcher serving dataDir, cleanly if it can. Returns false when nothing was running. */
export async function stopLocalNeo4j(dataDir: string, timeoutMs = 30_000): Promise<boolean> {
  const { pid } = await localNeo4jStatus(dataDir);
  if (pid === undefined) return false;
  await terminateProcess(pid, timeoutMs);
  // Left behind only when the JVM had to be killed.
  await rm(statusFilePath(dataDir), { force: true });
  return true;
}
