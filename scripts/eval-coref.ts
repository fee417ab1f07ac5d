/**
 * Scores newsgraph's entity resolution as coreference against GUM's gold entities (docs/coref.md).
 * Usage: npm run eval:coref [-- dir-or-file.conllu] [--errors]
 * Default: ../shared/data/gum_news (the 22 GUM Wikinews documents). --errors prints, per document, the gold
 * entities the system splits or misses and the system entities that merge gold ones.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadExtractor } from "../ingest/load-extractor";
import { corefSettings } from "./coref/coref-settings";
import { classifyCorefErrors } from "./coref/classify-coref-errors";
import { describeCorefErrors } from "./coref/describe-coref-errors";
import { evaluateCoref } from "./coref/evaluate-coref";
import { formatCorefReport } from "./coref/format-coref-report";
import { type GumDocument, readGumEntities } from "./coref/read-gum-entities";

function conlluFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith(".conllu"))
    .sort()
    .map((f) => join(path, f));
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes("--errors");
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--errors");
  if (unknown.length > 0) {
    console.error(`eval:coref: unknown option ${unknown[0]}; usage: npm run eval:coref [-- dir] [--errors]`);
    process.exit(1);
  }
  const path =
    args.find((a) => !a.startsWith("--")) ?? join(__dirname, "..", "..", "shared", "data", "gum_news");
  if (!existsSync(path)) {
    console.error(`eval:coref: ${path} not found`);
    process.exit(1);
  }
  const docs: GumDocument[] = conlluFiles(path).flatMap((f) => readGumEntities(readFileSync(f, "utf8")));
  if (docs.length === 0) {
    console.error(`eval:coref: no CoNLL-U documents in ${path}`);
    process.exit(1);
  }
  const extractor = loadExtractor();
  const start = performance.now();
  const inputs = docs.map((doc) => ({ doc, system: extractor.mentions({ id: doc.id, text: doc.text }) }));
  const seconds = (performance.now() - start) / 1000;
  const results = evaluateCoref(inputs, corefSettings);
  const goldTotal = docs.reduce((n, d) => n + d.mentions.length, 0);
  console.log(`Coreference on ${path}: ${docs.length} documents, ${goldTotal} gold mentions of all types`);
  console.log(
    "Scored: GUM person/organization/place mentions vs extractor PERSON/ORGANIZATION/PLACE mentions with an " +
      "entity id; named = head UPOS PROPN, nominal = NOUN, pronominal = PRON (gold parse); see docs/coref.md",
  );
  console.log(formatCorefReport(results));
  console.log(`extractor: ${seconds.toFixed(1)} s for ${docs.length} documents`);
  console.log(`\nerrors by kind, ${results[0]!.name} (mentions; examples):`);
  for (const c of classifyCorefErrors(results[0]!, inputs, Number(process.env.COREF_EXAMPLES ?? 3))) {
    console.log(`${String(c.count).padStart(5)}  ${c.kind}`);
    for (const e of c.examples) console.log(`         ${e}`);
  }
  if (showErrors) {
    const headline = results[0]!;
    headline.documents.forEach((score, i) => {
      console.log(describeCorefErrors(inputs[i]!.doc, score, inputs[i]!.system).join("\n"));
    });
  }
}

main();
