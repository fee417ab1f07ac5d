import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Absolute path of the repository (the folder holding package.json). Walks up from this module, so it
 * resolves the same from TypeScript sources (tests, tsx) and from compiled dist/ (CLI).
 */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`newsgraph: cannot find the package root above ${from}`);
    dir = parent;
  }
  return dir;
}
