import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../core/seeded-random";
import type { ArticleInput } from "../ingest/extraction";
import { loadExtractor } from "../ingest/load-extractor";
import { readArticles } from "../ingest/read-articles";
import { tripleToJson } from "../ingest/triple-to-json";
import { shuffled } from "./ud/shuffled";
import {
  drawSample,
  findJudged,
  judgedTripleSchema,
  keyOfJson,
  maxSentenceShift,
} from "./eval/precision-sample";

// npm run eval:precision                 the judged sample (scripts/eval/precision-sample.jsonl): precision as
//                                        judged, and which judged triples the current extractor still produces
// npm run eval:precision -- FILE         the same for another judged sample (the dev sample that guided fixes:
//                                        scripts/eval/precision-dev-sample.jsonl)
// npm run eval:precision -- --draw [N]   draw a fresh sample of N (default 100) triples from Reuters-21578 with
//                                        their sentences, as JSON lines to judge (SEED, default 7)
const REUTERS = join(__dirname, "..", "..", "shared", "data", "news", "reuters21578.jsonl.gz");
const FIXTURE = join(__dirname, "eval", "precision-sample.jsonl");

async function readReuters(): Promise<ArticleInput[]> {
  const out: ArticleInput[] = [];
  for await (const a of readArticles([REUTERS], { readStdin: async () => "" })) out.push(a);
  return out;
}

async function draw(size: number, seed: number): Promise<void> {
  const articles = await readReuters();
  const extractor = loadExtractor();
  const random = seededRandom(seed);
  const order = shuffled(
    articles.map((_, i) => i),
    random,
  );
  const sample = drawSample(
    order,
    (i) => extractor.extract(articles[i]!).triples.map(tripleToJson),
    size,
    random,
  );
  for (const t of sample) {
    const line = {
      article: t.article,
      sentenceIndex: t.sentenceIndex,
      subject: t.subject.name,
      predicate: t.predicate,
      relation: t.relation,
      object: t.object.name,
      polarity: t.polarity,
      modality: t.modality,
      attribution: t.attribution,
      sentence: t.sentence,
    };
    console.log(JSON.stringify(line));
  }
}

async function score(fixture: string): Promise<void> {
  const judged = readFileSync(fixture, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = judgedTripleSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${fixture}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
  const correct = judged.filter((j) => j.verdict === "correct").length;
  console.log(`judged sample: ${judged.length} triples from Reuters-21578, ${fixture}`);
  console.log(
    `precision as judged: ${((100 * correct) / judged.length).toFixed(1)}% (${correct}/${judged.length})`,
  );
  const wanted = new Set(judged.map((j) => j.article));
  const extractor = loadExtractor();
  const now = new Set<string>();
  for (const a of await readReuters()) {
    if (!a.id || !wanted.has(a.id)) continue;
    for (const t of extractor.extract(a).triples) now.add(keyOfJson(tripleToJson(t)));
  }
  const found = new Map(judged.map((j) => [j, findJudged(j, now)]));
  const kept = judged.filter((j) => j.verdict === "correct" && found.get(j)).length;
  const wrongLeft = judged.filter((j) => j.verdict === "wrong" && found.get(j)).length;
  const moved = judged.filter((j) => found.get(j) === "moved").length;
  console.log(
    `current extractor: ${kept}/${correct} correct triples still produced, ${wrongLeft}/${judged.length - correct} wrong ones still produced` +
      (moved > 0 ? ` (${moved} of them from a renumbered sentence, at most ${maxSentenceShift} away)` : ""),
  );
  for (const j of judged.filter((x) => x.verdict === "correct" && !found.get(x)))
    console.log(
      `  lost (was correct): ${j.article}#${j.sentenceIndex} ${j.subject} -${j.predicate}-> ${j.object}`,
    );
  for (const j of judged.filter((x) => x.verdict === "wrong" && found.get(x)))
    console.log(
      `  still wrong: ${j.article}#${j.sentenceIndex} ${j.subject} -${j.predicate}-> ${j.object} (${j.reason ?? "?"})`,
    );
  const reasons = new Map<string, number>();
  for (const j of judged)
    if (j.verdict === "wrong") reasons.set(j.reason ?? "?", (reasons.get(j.reason ?? "?") ?? 0) + 1);
  for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1]))
    console.log(`  wrong: ${String(n).padStart(3)}  ${r}`);
}

const args = process.argv.slice(2);
const run =
  args[0] === "--draw"
    ? draw(Number(args[1] ?? 100), Number(process.env.SEED ?? 7))
    : score(args[0] ?? FIXTURE);
run.catch((err: unknown) => {
  console.error(`eval:precision: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
