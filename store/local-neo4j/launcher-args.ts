import { neo4jLocalPaths } from "./neo4j-local-paths";

export interface LauncherArgsOptions {
  home: string;
  dataDir: string;
  boltPort: number;
  heapMb: number;
  pageCacheMb: number;
  /** The launcher exits when its stdin closes, i.e. when the Node parent dies. */
  exitOnStdinClose: boolean;
  /** Map this class archive at startup (about a third less CPU to start). */
  useClassArchive?: string;
  /** Write a class archive of the loaded classes at exit (for the warm-up run). */
  dumpClassArchive?: string;
}

/** `java` arguments for the launcher: heap, the JVM flags Neo4j's own server script sets, then ours. */
export function launcherArgs(o: LauncherArgsOptions): string[] {
  return [
    `-Xmx${o.heapMb}m`,
    "-XX:+UseG1GC",
    // An idle server gives unused heap back to the shared machine (measured: 525 → 305 MB RSS).
    "-XX:G1PeriodicGCInterval=30000",
    "-XX:-OmitStackTraceInFastThrow",
    // A JVM out of heap is left in an unknown state; exiting lets the next start recover the store.
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    // JVM warnings (a stale class archive, say) go to stdout by default: keep that for the ready line.
    "-Xlog:disable",
    "-Xlog:all=warning:stderr",
    ...(o.useClassArchive ? [`-XX:SharedArchiveFile=${o.useClassArchive}`] : []),
    ...(o.dumpClassArchive ? [`-XX:ArchiveClassesAtExit=${o.dumpClassArchive}`] : []),
    "-cp",
    neo4jLocalPaths(o.home).classpath,
    "newsgraph.Launcher",
    "--data-dir",
    o.dataDir,
    "--port",
    String(o.boltPort),
    "--page-cache",
    `${o.pageCacheMb}m`,
    ...(o.exitOnStdinClose ? ["--exit-on-stdin-close"] : []),
  ];
}
