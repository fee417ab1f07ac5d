import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Absolute path of a committed model file in models/. Walks up from this module to the package root,
 * so it resolves the same from TypeScript sources (tests) and from compiled dist/ (CLI).
 */
export function modelPath(fileName: string): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`models: cannot find the package root above ${__dirname}`);
    dir = parent;
  }
  return join(dir, "models", fileName);
}
