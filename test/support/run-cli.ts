import { spawn } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../../store/package-root";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the newsgraph CLI from source (through tsx) as a user would, with the given stdin and env. */
export function runCli(
  args: readonly string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const root = packageRoot();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "cli", "main.ts"), ...args], {
      cwd: root,
      env: { ...process.env, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
