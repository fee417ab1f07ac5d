import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { loadDependencyParser } from "../ingest/nlp/dependency-parser";
import { loadPosTagger } from "../ingest/nlp/pos-tagger";
import { openieLines } from "../ingest/openie/openie-lines";
import { carbReadGold } from "./eval/carb-read-gold";
import { carbReadOpenie5 } from "./eval/carb-read-openie5";
import { carbReadTabbed } from "./eval/carb-read-tabbed";
import { carbScore, type CarbResult } from "./eval/carb-score";

const CARB_DIR = process.env.CARB_DIR ?? join(__dirname, "..", "..", "shared", "data", "carb");

function row(name: string, r: CarbResult): string {
  const f = (x: number): string => x.toFixed(3);
  return (
    `${name.padEnd(10)} F1 ${f(r.f1)}  P ${f(r.precision)}  R ${f(r.recall)}  AUC ${f(r.auc)}  ` +
    `(best threshold ${r.threshold}, ${r.systemTuples} extractions)`
  );
}

/**
 * `npm run eval:openie -- [sentences.txt gold.tsv [openie5_output.txt]] [--out FILE]`: our extractions
 * scored with CaRB beside the OpenIE-5 reference output, defaulting to the CaRB dev split.
 */
function main(): void {
  const argv = process.argv.slice(2);
  const outAt = argv.indexOf("--out");
  const outFile = outAt >= 0 ? argv[outAt + 1] : undefined;
  const positional = argv.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  const sentencesPath = positional[0] ?? join(CARB_DIR, "dev.txt");
  const goldPath = positional[1] ?? join(CARB_DIR, "dev_gold.tsv");
  const openie5Path =
    positional[2] ??
    (positional[0] === undefined ? join(CARB_DIR, "system_outputs", "openie5_dev_output.txt") : "");
  for (const p of [sentencesPath, goldPath])
    if (!existsSync(p)) throw new Error(`eval-openie: ${p} not found (set CARB_DIR or pass the paths)`);

  const tagger = loadPosTagger();
  const parser = loadDependencyParser();
  const started = Date.now();
  const lines = openieLines(readFileSync(sentencesPath, "utf8"), {
    tag: (words) => tagger.tag(words),
    parse: (words, tags) => parser.parse(words, tags),
  });
  const seconds = (Date.now() - started) / 1000;
  if (outFile) writeFileSync(outFile, lines.join("\n") + "\n");
  const gold = carbReadGold(readFileSync(goldPath, "utf8"));
  const sentences = readFileSync(sentencesPath, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "").length;
  console.log(`${sentencesPath}: ${sentences} sentences, ${gold.length} gold tuples (${goldPath})`);
  console.log(row("newsgraph", carbScore(gold, carbReadTabbed(lines.join("\n")))));
  if (openie5Path && existsSync(openie5Path))
    console.log(row("OpenIE-5", carbScore(gold, carbReadOpenie5(readFileSync(openie5Path, "utf8")))));
  console.log(`tag+parse+extract ${(sentences / seconds).toFixed(0)} sentences/s (single run)`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
