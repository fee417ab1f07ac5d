import { SingleBar } from "cli-progress";
import { Command, Option } from "commander";
import { NewsgraphError } from "../../core/newsgraph-error";
import type { Extraction } from "../../ingest/extraction";
import { readArticles } from "../../ingest/read-articles";
import type { WriteResult } from "../../store/write-extraction";
import type { CliContext } from "../cli-context";
import { openStore } from "../open-store";

interface IngestOptions {
  batchSize: number;
  progress: boolean;
}

/** `newsgraph ingest <path|->...`: extract articles and store them, with a progress bar on stderr. */
export function ingestCommand(ctx: CliContext): Command {
  return new Command("ingest")
    .description("extract articles and store them in Neo4j (re-ingesting unchanged articles is a no-op)")
    .argument("<paths...>", ".txt, .jsonl(.gz) files, folders, or - for stdin")
    .addOption(
      new Option("--batch-size <n>", "articles per write transaction").default(50).argParser(positiveInt),
    )
    .option("--no-progress", "no progress bar")
    .action(async (paths: string[], options: IngestOptions) => {
      const extractor = ctx.loadExtractor();
      const opened = await openStore({
        config: ctx.neo4j,
        localMode: "detached",
        localPort: ctx.localNeo4jPort,
        onLog: (l) => ctx.stderr.write(`${l}\n`),
      });
      const bar = new SingleBar({
        stream: ctx.stderr,
        format: "ingest | {value} articles | {facts} facts | {rate} articles/s",
        noTTYOutput: false,
      });
      const failed: string[] = [];
      const totals = { articles: 0, created: 0, updated: 0, unchanged: 0, facts: 0 };
      const started = Date.now();
      if (options.progress) bar.start(0, 0, { facts: 0, rate: "0" });
      let batch: Extraction[] = [];
      // Extraction is CPU work and writing is I/O: the next batch is extracted while the last one is written.
      let pending: Promise<void> = Promise.resolve();
      const flush = (items: Extraction[]): Promise<void> =>
        opened.store.write(items).then((results) => count(results));
      const count = (results: WriteResult[]): void => {
        for (const r of results) {
          totals.articles++;
          totals[r.status]++;
          if (r.status !== "unchanged") totals.facts += r.relations;
        }
        const rate = (totals.articles / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
        if (options.progress) bar.update(totals.articles, { facts: totals.facts, rate });
      };
      try {
        for await (const input of readArticles(paths, ctx)) {
          // One article the extractor cannot handle must not cost the rest of the corpus.
          let extraction: Extraction;
          try {
            extraction = extractor.extract(input);
          } catch (err) {
            failed.push(
              `${input.id ?? input.title ?? "?"}: ${err instanceof Error ? err.message : String(err)}`,
            );
            continue;
          }
          batch.push(extraction);
          if (batch.length >= options.batchSize) {
            await pending;
            pending = flush(batch);
            batch = [];
          }
        }
        await pending;
        if (batch.length > 0) await flush(batch);
      } catch (err) {
        await pending.catch(() => undefined);
        if (options.progress) bar.stop();
        await opened.close();
        if (err instanceof NewsgraphError && totals.articles > 0) {
          err.message += ` (${totals.articles} articles were stored before this; re-running skips them)`;
        }
        throw err;
      }
      if (options.progress) bar.stop();
      await opened.close();
      ctx.stderr.write(
        `ingested ${totals.articles} articles (${totals.created} new, ${totals.updated} updated, ` +
          `${totals.unchanged} unchanged), ${totals.facts} facts written\n`,
      );
      if (failed.length > 0) {
        throw new Error(
          `${failed.length} article(s) could not be extracted and were skipped (first: ${failed[0]}); ` +
            "the others were stored. Please report the article",
        );
      }
    });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive whole number, got "${value}"`);
  return n;
}
