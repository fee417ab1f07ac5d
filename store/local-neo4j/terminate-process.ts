import { setTimeout as sleep } from "node:timers/promises";
import { isLauncherProcess } from "./is-launcher-process";

/**
 * SIGTERM (the launcher's shutdown hook closes the store cleanly), then SIGKILL if it still runs after
 * timeoutMs; resolves once pid no longer runs the launcher.
 */
export async function terminateProcess(pid: number, timeoutMs: number): Promise<void> {
  signal(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (await isLauncherProcess(pid)) {
    if (Date.now() > deadline) {
      // A killed store is recovered from its transaction log at the next start.
      signal(pid, "SIGKILL");
      while (await isLauncherProcess(pid)) await sleep(100);
      return;
    }
    await sleep(100);
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err;
  }
}
