import { readFile } from "node:fs/promises";

/**
 * Whether pid is alive and, where /proc can tell, really our Java launcher: a status file left by a
 * killed JVM may name a pid the OS has since given to an unrelated process.
 */
export async function isLauncherProcess(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: alive, just owned by another user; /proc still tells what it is.
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("newsgraph.Launcher");
  } catch {
    // No /proc (macOS): the signal check above is all there is.
    return true;
  }
}
