/**
 * Scores the committed NER model on a CoNLL-2003 file (default: dev, eng.testa) with conlleval's span
 * semantics and prints conlleval's layout.
 * Usage: npm run eval:ner [-- path/to/file.conll] [--model path]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readConll } from "../ingest/ner/conll";
import { loadNerTagger } from "../ingest/ner/ner-tagger";
import { formatSpanScore, scoreSpans } from "../ingest/ner/score-spans";
import { tagConll } from "../ingest/ner/tag-conll";

function main(): void {
  const args = process.argv.slice(2);
  const modelIdx = args.indexOf("--model");
  const modelFile = modelIdx >= 0 ? args[modelIdx + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith("--") && (modelIdx < 0 || i !== modelIdx + 1));
  const file = positional[0] ?? join(__dirname, "..", "..", "shared", "data", "conll2003", "eng.testa");
  if (!existsSync(file)) {
    console.error(`eval:ner: ${file} not found`);
    process.exit(1);
  }
  const loadStart = performance.now();
  const tagger = modelFile ? loadNerTagger(modelFile) : loadNerTagger();
  const loadMs = performance.now() - loadStart;
  const doc = readConll(readFileSync(file, "utf8"));
  if (doc.sentences.some((s) => s.gold === undefined)) {
    console.error(`eval:ner: ${file} has no gold tag column`);
    process.exit(1);
  }
  const start = performance.now();
  const predicted = tagConll(tagger, doc);
  const seconds = (performance.now() - start) / 1000;
  const score = scoreSpans(
    doc.sentences.map((s) => s.gold ?? []),
    predicted,
  );
  console.log(`NER on ${file}`);
  console.log(formatSpanScore(score));
  console.log(
    `model loaded in ${loadMs.toFixed(0)} ms; tagged ${score.tokens} tokens in ${seconds.toFixed(2)} s ` +
      `(${Math.round(score.tokens / seconds)} tokens/s, one pass, cold cache; see npm run bench for medians)`,
  );
}

main();
