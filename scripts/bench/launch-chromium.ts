import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's chromium (apt-get install chromium); nothing downloads a browser at run time. */
export const chromiumPath = "/usr/bin/chromium";

/** Flags for WebGL through SwiftShader without a GPU, and no network chatter on an offline machine. */
export const chromiumArgs: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
}

/**
 * Headless Chromium with a fresh profile directory (playwright takes it as the persistent context's
 * user-data-dir, not as a flag), removed on close.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), "newsgraph-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: [...chromiumArgs],
      viewport: options.viewport ?? { width: 1400, height: 900 },
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(
      `browser: could not start ${chromiumPath} (${err instanceof Error ? err.message.split("\n")[0] : String(err)}); install it with apt-get install -y chromium`,
    );
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
