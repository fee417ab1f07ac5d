// Bundles the explorer (client/main.ts) into client/dist/ with its page and stylesheet.
// The ForceAtlas2 worker needs no entry of its own: graphology-layout-forceatlas2/worker builds it from
// a function into a blob URL at run time.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "client");
const out = join(src, "dist");

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const result = await build({
  entryPoints: { main: join(src, "main.ts"), styles: join(src, "styles.css") },
  outdir: out,
  bundle: true,
  minify: true,
  sourcemap: "linked",
  format: "iife",
  platform: "browser",
  target: ["chrome109", "firefox115", "safari16"],
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
});
await copyFile(join(src, "index.html"), join(out, "index.html"));

const sizes = Object.entries(result.metafile.outputs)
  .filter(([file]) => !file.endsWith(".map") && !file.endsWith(".txt"))
  .map(([file, info]) => `${file.replace(`${root}/`, "")} ${(info.bytes / 1024).toFixed(0)} KB`);
console.log(`build-client: ${sizes.join(", ")}`);
