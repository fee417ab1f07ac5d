import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readArticles } from "../ingest/read-articles";
import { loadExtractor } from "../ingest/load-extractor";
import { tripleToJson, type TripleJson } from "../ingest/triple-to-json";
import { scoreFacts, type FactProbe } from "./eval/score-facts";

// npm run eval:facts [-- FACTS_DIR] [--missed]: fact recall on ../shared/data/facts-dev (or another
// folder with the same articles.jsonl and facts.jsonl, such as the held-out test set).
// NEWSGRAPH_PARSER_MODEL=path scores a candidate parser model instead of models/parser.json.gz.
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showMissed = args.includes("--missed");
  const dir = resolve(
    args.find((a) => !a.startsWith("--")) ?? join(__dirname, "..", "..", "shared", "data", "facts-dev"),
  );
  const probes = readFileSync(join(dir, "facts.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FactProbe);
  const extractor = loadExtractor({ parser: process.env.NEWSGRAPH_PARSER_MODEL });
  const triples: TripleJson[] = [];
  let articles = 0;
  for await (const input of readArticles([join(dir, "articles.jsonl")], { readStdin: async () => "" })) {
    articles++;
    triples.push(...extractor.extract(input).triples.map(tripleToJson));
  }
  const score = scoreFacts(probes, triples);
  const pct = (f: number, t: number): string => `${((100 * f) / Math.max(1, t)).toFixed(1)}%`;
  console.log(`fact probes: ${dir}`);
  console.log(`articles ${articles}, triples ${triples.length}`);
  console.log(`fact recall ${pct(score.found, score.total)} (${score.found}/${score.total})`);
  for (const [kind, k] of Object.entries(score.byKind).sort()) {
    console.log(`  ${kind.padEnd(10)} ${pct(k.found, k.total).padStart(6)} (${k.found}/${k.total})`);
  }
  if (showMissed) {
    for (const m of score.missed) console.log(`MISSED ${m.article}: ${m.note ?? JSON.stringify(m)}`);
  }
}

main().catch((err: unknown) => {
  console.error(`eval:facts: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
