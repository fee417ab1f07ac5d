import { open } from "node:fs/promises";

/** The last lines of a log file, for error messages; empty when the file cannot be read. */
export async function readLogTail(file: string, lines = 12): Promise<string[]> {
  try {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, 16_384);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      return lastLines(buffer.toString("utf8"), lines);
    } finally {
      await handle.close();
    }
  } catch {
    return [];
  }
}

export function lastLines(text: string, lines: number): string[] {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0)
    .slice(-lines);
}
