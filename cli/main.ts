import { availableParallelism } from "node:os";
import { Command, CommanderError } from "commander";
import { NewsgraphError } from "../core/newsgraph-error";
import type { ArticleExtractor } from "../ingest/article-extractor";
import { loadExtractor } from "../ingest/load-extractor";
import { createExtractionPool } from "../ingest/pool/create-extraction-pool";
import { parseNeo4jConfig } from "../store/neo4j-config";
import type { CliContext } from "./cli-context";
import { dbCommand } from "./commands/db-command";
import { extractCommand } from "./commands/extract-command";
import { ingestCommand } from "./commands/ingest-command";
import { nerCommand } from "./commands/ner-command";
import { openieCommand } from "./commands/openie-command";
import { parseCommand } from "./commands/parse-command";
import { queryCommand } from "./commands/query-command";
import { serveCommand } from "./commands/serve-command";

// The entry point: the only module that reads argv, env and the process streams.
async function main(): Promise<void> {
  let extractor: ArticleExtractor | undefined;
  const ctx: CliContext = {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    neo4j: parseNeo4jConfig(process.env),
    localNeo4jPort: Number(process.env.NEWSGRAPH_NEO4J_PORT ?? 7687),
    loadExtractor: () => (extractor ??= loadExtractor()),
    cpuCount: availableParallelism(),
    createExtractionPool: (workers) => createExtractionPool({ workers }),
    waitForShutdown: () =>
      new Promise((resolve) => {
        process.once("SIGINT", () => resolve());
        process.once("SIGTERM", () => resolve());
      }),
  };
  const program = new Command("newsgraph")
    .description("newsgraph: build and explore a knowledge graph of news")
    .showHelpAfterError()
    .exitOverride();
  program.addCommand(extractCommand(ctx));
  program.addCommand(ingestCommand(ctx));
  program.addCommand(queryCommand(ctx));
  program.addCommand(serveCommand(ctx));
  program.addCommand(dbCommand());
  program.addCommand(nerCommand());
  program.addCommand(parseCommand());
  program.addCommand(openieCommand(ctx));
  await program.parseAsync(process.argv);
}

main().catch((err: unknown) => {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
    return;
  }
  const command = process.argv[2] && !process.argv[2].startsWith("-") ? ` ${process.argv[2]}` : "";
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`newsgraph${command}: ${message.split("\n")[0]}\n`);
  if (!(err instanceof NewsgraphError) && process.env.NEWSGRAPH_DEBUG)
    process.stderr.write(`${String((err as Error).stack)}\n`);
  process.exitCode = err instanceof NewsgraphError ? 1 : 2;
});
