import { rm } from "node:fs/promises";
import { isLauncherProcess } from "./is-launcher-process";
import { isPortOpen } from "./is-port-open";
import { readStatusFile, statusFilePath } from "./read-status-file";

export interface LocalNeo4jStatus {
  /** The launcher is alive and Bolt accepts connections. */
  running: boolean;
  /** Set whenever a launcher process owns dataDir, even one still stopping. */
  pid?: number;
  uri?: string;
}

/** What serves dataDir right now; removes a status file whose process is gone. */
export async function localNeo4jStatus(dataDir: string): Promise<LocalNeo4jStatus> {
  const status = await readStatusFile(dataDir);
  if (!status) return { running: false };
  if (!(await isLauncherProcess(status.pid))) {
    await rm(statusFilePath(dataDir), { force: true });
    return { running: false };
  }
  const address = boltAddress(status.uri);
  const running = address !== undefined && (await isPortOpen(address.host, address.port));
  return { running, pid: status.pid, uri: status.uri };
}

function boltAddress(uri: string): { host: string; port: number } | undefined {
  try {
    const url = new URL(uri);
    const port = Number(url.port);
    return Number.isInteger(port) && port > 0
      ? { host: url.hostname.replace(/^\[|\]$/g, ""), port }
      : undefined;
  } catch {
    return undefined;
  }
}
