import { SingleBar } from "cli-progress";
import { Command, Option } from "commander";
import { NewsgraphError } from "../../core/newsgraph-error";
import type { ArticleExtractor } from "../../ingest/article-extractor";
import type { ArticleInput, Extraction } from "../../ingest/extraction";
import { defaultWorkerCount } from "../../ingest/pool/default-worker-count";
import { readArticles } from "../../ingest/read-articles";
import type { WriteResult } from "../../store/write-extraction";
import type { CliContext } from "../cli-context";
import { openStore } from "../open-store";

interface IngestOptions {
  batchSize: number;
  progress: boolean;
  workers: number;
}

/** One article's extraction, or why it failed: a failure skips the article, not the run. */
type Outcome = { ok: true; extraction: Extraction } | { ok: false; failure: string };

/** `newsgraph ingest <path|->...`: extract articles and store them, with a progress bar on stderr. */
export function ingestCommand(ctx: CliContext): Command {
  return new Command("ingest")
    .description("extract articles and store them in Neo4j (re-ingesting unchanged articles is a no-op)")
    .argument("<paths...>", ".txt, .jsonl(.gz) files, folders, or - for stdin")
    .addOption(
      new Option("--batch-size <n>", "articles per write transaction").default(50).argParser(positiveInt),
    )
    .addOption(
      new Option("--workers <n>", "extraction threads, each with its own models (1: no worker threads)")
        .default(defaultWorkerCount(ctx.cpuCount), "cores - 1, at most 4")
        .argParser(positiveInt),
    )
    .option("--no-progress", "no progress bar")
    .action(async (paths: string[], options: IngestOptions) => {
      // Workers load their models while the store opens; a model that cannot load stops the run here.
      const pool = options.workers > 1 ? ctx.createExtractionPool(options.workers) : undefined;
      const extractArticle = pool
        ? (input: ArticleInput) => pool.extract(input)
        : inThread(ctx.loadExtractor());
      let opened: Awaited<ReturnType<typeof openStore>> | undefined;
      try {
        opened = await openStore({
          config: ctx.neo4j,
          localMode: "detached",
          localPort: ctx.localNeo4jPort,
          onLog: (l) => ctx.stderr.write(`${l}\n`),
        });
        await pool?.ready();
      } catch (err) {
        await pool?.close();
        await opened?.close();
        throw err;
      }
      const db = opened;
      const extract = (input: ArticleInput): Promise<Outcome> =>
        extractArticle(input).then(
          (extraction) => ({ ok: true, extraction }),
          (err: unknown) => ({
            ok: false,
            failure: `${input.id ?? input.title ?? "?"}: ${err instanceof Error ? err.message : String(err)}`,
          }),
        );
      const bar = new SingleBar({
        stream: ctx.stderr,
        format: "ingest | {value} articles | {facts} facts | {rate} articles/s",
        noTTYOutput: false,
      });
      const failed: string[] = [];
      const totals = { articles: 0, created: 0, updated: 0, unchanged: 0, facts: 0 };
      const started = Date.now();
      if (options.progress) bar.start(0, 0, { facts: 0, rate: "0" });
      // Outcomes in input order: each batch is written in the order its articles were read.
      let batch: Promise<Outcome>[] = [];
      // Extraction is CPU work and writing is I/O: the next batch is extracted (in this thread, or by the
      // workers) while the last one is written.
      let pending: Promise<void> = Promise.resolve();
      const flush = async (outcomes: Promise<Outcome>[]): Promise<void> => {
        const items: Extraction[] = [];
        for (const o of await Promise.all(outcomes)) {
          if (o.ok) items.push(o.extraction);
          else failed.push(o.failure);
        }
        if (items.length > 0) count(await db.store.write(items));
      };
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
          batch.push(extract(input));
          if (batch.length >= options.batchSize) {
            await pending;
            pending = flush(batch);
            // Awaited before the next flush; until then a failed write must not count as unhandled.
            pending.catch(() => undefined);
            batch = [];
          }
        }
        await pending;
        await flush(batch);
      } catch (err) {
        await pending.catch(() => undefined);
        if (options.progress) bar.stop();
        await pool?.close();
        await db.close();
        if (err instanceof NewsgraphError && totals.articles > 0) {
          err.message += ` (${totals.articles} articles were stored before this; re-running skips them)`;
        }
        throw err;
      }
      if (options.progress) bar.stop();
      await pool?.close();
      await db.close();
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

/** Extraction in this thread, run at once as before the pool existed; a throw rejects this article only. */
function inThread(extractor: ArticleExtractor): (input: ArticleInput) => Promise<Extraction> {
  return (input) => new Promise((resolve) => resolve(extractor.extract(input)));
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive whole number, got "${value}"`);
  return n;
}
