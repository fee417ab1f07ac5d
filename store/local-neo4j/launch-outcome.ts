import type { ChildProcess } from "node:child_process";

/** How a launch attempt ended: the launcher announced Bolt, exited, or ran past the deadline. */
export type LaunchOutcome =
  | { kind: "ready"; uri: string; pid: number; child: ChildProcess }
  | { kind: "exited"; code: number | null; signal: NodeJS.Signals | null; lines: string[] }
  | { kind: "timeout"; child: ChildProcess; lines: string[] };

export interface LaunchRequest {
  java: string;
  args: string[];
  dataDir: string;
  deadline: number;
  onLog: ((line: string) => void) | undefined;
}

export const readyLine = /^NEO4J_READY (bolt:\/\/\S+)$/;
