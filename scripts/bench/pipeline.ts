/**
 * Benchmark section: the whole extraction pipeline (tokenize, tag, parse, NER, resolve, relate) on
 * Reuters-21578 articles of 100 words or more, against compromise reading the same texts for people,
 * places and organisations (the popular JavaScript choice, and far less work: no parse, no relations).
 * Run alone with `tsx scripts/bench/pipeline.ts`.
 */
import { join } from "node:path";
import nlp from "compromise";
import type { ArticleInput } from "../../ingest/extraction";
import { loadExtractor } from "../../ingest/load-extractor";
import { readArticles } from "../../ingest/read-articles";
import { median, type BenchReport } from "./bench-report";

const REUTERS = join(__dirname, "..", "..", "..", "shared", "data", "news", "reuters21578.jsonl.gz");

export async function benchPipeline(reps = 5, articleCount = 400, warmUpCount = 200): Promise<BenchReport> {
  const articles: ArticleInput[] = [];
  for await (const a of readArticles([REUTERS], { readStdin: async () => "" })) {
    if (wordCount(a.text) >= 100) articles.push(a);
    if (articles.length >= warmUpCount + reps * articleCount) break;
  }
  // Every repetition reads articles neither system has seen: the tagger's and lemmatizer's word caches
  // then hold what a long ingest would hold, not the very words about to be timed.
  const warmUp = articles.slice(0, warmUpCount);
  const slices = Array.from({ length: reps }, (_, r) =>
    articles.slice(warmUpCount + r * articleCount, warmUpCount + (r + 1) * articleCount),
  );
  const extractor = loadExtractor();
  // Warm-up, untimed: JIT and caches for both systems.
  for (const a of warmUp) extractor.extract(a);
  for (const a of warmUp) nlp(a.text).people();
  const cpuSeconds = (since: NodeJS.CpuUsage): number => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1e6;
  };
  const ours: number[] = [];
  const theirs: number[] = [];
  let triples = 0;
  let words = 0;
  for (const slice of slices) {
    const sliceWords = slice.reduce((n, a) => n + wordCount(a.text), 0);
    words += sliceWords;
    let t = process.cpuUsage();
    for (const a of slice) triples += extractor.extract(a).triples.length;
    ours.push(sliceWords / cpuSeconds(t));
    t = process.cpuUsage();
    for (const a of slice) {
      const doc = nlp(a.text);
      doc.people().out("array");
      doc.places().out("array");
      doc.organizations().out("array");
    }
    theirs.push(sliceWords / cpuSeconds(t));
  }
  const perArticle = words / (reps * articleCount);
  return {
    title: "Whole pipeline on news (one core, CPU time)",
    data: `Reuters-21578 articles of ≥100 words: ${warmUpCount} to warm up, then ${reps} runs of ${articleCount} articles each seen once (${words.toLocaleString("en")} words); ${triples} triples`,
    baseline: "compromise people/places/organizations",
    measurements: [
      {
        system: "newsgraph extract (all stages)",
        unit: "words/s",
        runs: ours,
        quality: { "articles/s": Math.round(median(ours) / perArticle) },
      },
      {
        system: "compromise people/places/organizations",
        unit: "words/s",
        runs: theirs,
        quality: { "articles/s": Math.round(median(theirs) / perArticle) },
      },
    ],
  };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

if (require.main === module) {
  benchPipeline().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
