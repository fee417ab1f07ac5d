/**
 * Benchmark section: the whole extraction pipeline spread over 1, 2, … N worker threads
 * (ingest/pool), on the same Reuters-21578 articles as the pipeline section. Wall time, since the point
 * is to use more cores; model loading and a warm-up pass are left out. Every configuration runs once per
 * repetition, in turn, so load from other processes on a shared machine falls on all of them alike.
 * Run alone with `tsx scripts/bench/pipeline-workers.ts [max-workers]`.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { ArticleInput, Extraction } from "../../ingest/extraction";
import { loadExtractor } from "../../ingest/load-extractor";
import { createExtractionPool, type ExtractionPool } from "../../ingest/pool/create-extraction-pool";
import { readArticles } from "../../ingest/read-articles";
import { median, type BenchReport } from "./bench-report";

const REUTERS = join(__dirname, "..", "..", "..", "shared", "data", "news", "reuters21578.jsonl.gz");

interface Contender {
  system: string;
  extractAll: (articles: readonly ArticleInput[]) => Promise<Extraction[]>;
  runs: number[];
  /** CPU time of the whole process (all threads) over wall time, per run. */
  coresUsed: number[];
}

export async function benchPipelineWorkers(
  reps = 3,
  articleCount = 400,
  maxWorkers = Math.max(2, availableParallelism()),
): Promise<BenchReport> {
  const articles: ArticleInput[] = [];
  for await (const a of readArticles([REUTERS], { readStdin: async () => "" })) {
    if (wordCount(a.text) >= 100) articles.push(a);
    if (articles.length >= articleCount) break;
  }
  const words = articles.reduce((n, a) => n + wordCount(a.text), 0);
  const pools: ExtractionPool[] = [];
  const contenders: Contender[] = [];
  try {
    for (let n = 1; n <= maxWorkers; n++) {
      const pool = createExtractionPool({ workers: n });
      pools.push(pool);
      contenders.push({
        system: `${n} worker${n > 1 ? "s" : ""}`,
        extractAll: (batch) => Promise.all(batch.map((a) => pool.extract(a))),
        runs: [],
        coresUsed: [],
      });
    }
    const extractor = loadExtractor();
    contenders.push({
      system: "no pool (main thread)",
      extractAll: async (batch) => batch.map((a) => extractor.extract(a)),
      runs: [],
      coresUsed: [],
    });
    await Promise.all(pools.map((p) => p.ready()));
    // Warm-up, untimed: every worker sees enough articles for the JIT to settle.
    const warmUp = articles.slice(0, 20 * maxWorkers);
    for (const c of contenders) await c.extractAll(warmUp);
    let triples = 0;
    for (let r = 0; r < reps; r++) {
      for (const c of contenders) {
        const started = process.hrtime.bigint();
        const cpu = process.cpuUsage();
        const extractions = await c.extractAll(articles);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const { user, system } = process.cpuUsage(cpu);
        c.runs.push(words / seconds);
        c.coresUsed.push((user + system) / 1e6 / seconds);
        triples = extractions.reduce((n, e) => n + e.triples.length, 0);
      }
    }
    const perArticle = words / articles.length;
    return {
      title: `Whole pipeline on worker threads (wall time, ${availableParallelism()} cores seen)`,
      data: `Reuters-21578, first ${articles.length} articles of ≥100 words, ${words.toLocaleString("en")} words; ${triples} triples`,
      baseline: "1 worker",
      measurements: contenders.map((c) => ({
        system: c.system,
        unit: "words/s",
        runs: c.runs,
        // Cores used well below the worker count means the machine had no more to give (shared cores);
        // words per CPU second then says whether the workers would scale on idle cores.
        quality: {
          "articles/s": Math.round(median(c.runs) / perArticle),
          "cores used": Number(median(c.coresUsed).toFixed(2)),
          "words/CPU-s": Math.round(median(c.runs.map((r, i) => r / c.coresUsed[i]!))),
        },
      })),
    };
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

if (require.main === module) {
  const max = process.argv[2] ? Number(process.argv[2]) : undefined;
  benchPipelineWorkers(3, 400, max).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
