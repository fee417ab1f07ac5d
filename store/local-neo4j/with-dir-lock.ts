import { mkdir, rm, stat } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Runs work while holding lockDir (mkdir is atomic), so two processes starting at once (npm start and a
 * test run on a fresh clone) do not run Maven into the same target/ together. A lock older than
 * staleMs is taken to be left by a crashed process.
 */
export async function withDirLock<T>(
  lockDir: string,
  work: () => Promise<T>,
  staleMs = 10 * 60_000,
): Promise<T> {
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const age = await stat(lockDir).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > staleMs) await rm(lockDir, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
