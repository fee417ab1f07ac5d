import { Command, InvalidArgumentError } from "commander";
import { join } from "node:path";
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "../../store/local-neo4j";
import { packageRoot } from "../../store/package-root";

interface DbOptions {
  dataDir: string;
  port: number;
  heap?: number;
}

/** `newsgraph db start|stop|status`: the local Neo4j by hand (docs/local-neo4j.md). */
export function dbCommand(): Command {
  const home = packageRoot();
  const defaultDataDir = join(home, ".neo4j");
  const envPort = process.env.NEWSGRAPH_NEO4J_PORT;
  const defaultPort = envPort ? parsePort(envPort) : 7687;
  const withStoreOptions = (command: Command): Command =>
    command
      .option("--data-dir <dir>", "folder of the local store", defaultDataDir)
      .option("--port <port>", "Bolt port on 127.0.0.1 (or NEWSGRAPH_NEO4J_PORT)", parsePort, defaultPort);

  const db = new Command("db").description(
    "manage the local Neo4j newsgraph runs when NEO4J_URI is not set (start | stop | status)",
  );

  withStoreOptions(db.command("start"))
    .description("start the local Neo4j in the background (or report the running one) and print its URI")
    .option("--heap <mb>", "JVM heap in MB", parsePositiveInt)
    .action((options: DbOptions) =>
      report(async () => {
        if (process.env.NEO4J_URI) {
          process.stderr.write(
            `newsgraph: note: NEO4J_URI is set, so newsgraph uses ${process.env.NEO4J_URI}, not this one\n`,
          );
        }
        const handle = await startLocalNeo4j({
          home,
          dataDir: options.dataDir,
          boltPort: options.port,
          heapMb: options.heap,
          detached: true,
          onLog: (line) => process.stderr.write(`${line}\n`),
        });
        const what = handle.reused ? "already running" : "running";
        process.stdout.write(`${what} ${handle.uri} (pid ${handle.pid}, store ${options.dataDir})\n`);
      }),
    );

  withStoreOptions(db.command("status"))
    .description("print whether the local Neo4j is running, and its URI")
    .action((options: DbOptions) =>
      report(async () => {
        const status = await localNeo4jStatus(options.dataDir);
        if (status.running) {
          process.stdout.write(`running ${status.uri} (pid ${status.pid}, store ${options.dataDir})\n`);
        } else if (status.pid !== undefined) {
          process.stdout.write(
            `not answering: pid ${status.pid} holds ${options.dataDir} (starting or stopping)\n`,
          );
        } else {
          process.stdout.write(`stopped (store ${options.dataDir})\n`);
        }
      }),
    );

  withStoreOptions(db.command("stop"))
    .description("stop the local Neo4j cleanly")
    .action((options: DbOptions) =>
      report(async () => {
        const status = await localNeo4jStatus(options.dataDir);
        const stopped = await stopLocalNeo4j(options.dataDir);
        process.stdout.write(stopped ? `stopped (pid ${status.pid})\n` : "not running\n");
      }),
    );

  return db;
}

/** Known failures print as one actionable line; anything else keeps its stack for a bug report. */
async function report(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (!(err instanceof LocalNeo4jError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError(`db: port must be an integer 1-65535, got "${value}"`);
  }
  return port;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`db: expected a positive integer, got "${value}"`);
  return n;
}
