import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** Written by the Java launcher once Bolt answers, removed by its shutdown hook. */
export interface StatusFile {
  pid: number;
  uri: string;
  startedAt: string;
}

/** Same name as Launcher.STATUS_FILE in neo4j-local/. */
export function statusFilePath(dataDir: string): string {
  return join(dataDir, "neo4j-local.json");
}

/** undefined when there is no status file or it is not one the launcher wrote. */
export async function readStatusFile(dataDir: string): Promise<StatusFile | undefined> {
  let text: string;
  try {
    text = await readFile(statusFilePath(dataDir), "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isStatusFile(parsed)) return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

function isStatusFile(value: unknown): value is StatusFile {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return Number.isInteger(v.pid) && typeof v.uri === "string" && typeof v.startedAt === "string";
}
