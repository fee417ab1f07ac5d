import { once } from "node:events";
import { join } from "node:path";
import { Command, Option } from "commander";
import { readArticles } from "../../ingest/read-articles";
import { createApp } from "../../server/create-app";
import { packageRoot } from "../../store/package-root";
import type { CliContext } from "../cli-context";
import { openStore } from "../open-store";

interface ServeOptions {
  port: number;
  host: string;
  ingestSamples: boolean;
}

/** `newsgraph serve`: the API and the explorer; with --ingest-samples, samples/ is loaded first. */
export function serveCommand(ctx: CliContext): Command {
  return new Command("serve")
    .description("serve the explorer and the API (starts the local Neo4j when NEO4J_URI is not set)")
    .addOption(new Option("--port <port>", "HTTP port").env("PORT").default(3000).argParser(Number))
    .addOption(new Option("--host <host>", "interface to listen on").default("127.0.0.1"))
    .option("--ingest-samples", "ingest the articles in samples/ before serving (unchanged ones are skipped)")
    .action(async (options: ServeOptions) => {
      const log = (line: string): void => void ctx.stderr.write(`${line}\n`);
      const root = packageRoot();
      const extractor = ctx.loadExtractor();
      const opened = await openStore({
        config: ctx.neo4j,
        localMode: "attached",
        localPort: ctx.localNeo4jPort,
        onLog: log,
      });
      try {
        if (options.ingestSamples) {
          const extractions = [];
          for await (const input of readArticles([join(root, "samples")], ctx))
            extractions.push(extractor.extract(input));
          const results = await opened.store.write(extractions);
          const facts = results.reduce((n, r) => n + (r.status === "unchanged" ? 0 : r.relations), 0);
          log(`newsgraph: samples/ ingested (${results.length} articles, ${facts} new facts)`);
        }
        const app = createApp({
          store: opened.store,
          extractor,
          clientDir: join(root, "client", "dist"),
          logError: (err) =>
            log(`newsgraph: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
        });
        const server = app.listen(options.port, options.host);
        await once(server, "listening");
        log(
          `newsgraph: explorer at http://${options.host === "0.0.0.0" ? "localhost" : options.host}:${options.port} (Neo4j ${opened.uri}); Ctrl-C stops`,
        );
        await ctx.waitForShutdown();
        log("newsgraph: stopping");
        await new Promise<void>((resolve) => server.close(() => resolve()));
      } finally {
        await opened.close();
      }
    });
}
