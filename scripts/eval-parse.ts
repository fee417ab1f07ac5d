import { readFileSync } from "node:fs";
import { join } from "node:path";

import { conlluWords, readConllu } from "../ingest/nlp/conllu";
import { loadDependencyParser } from "../ingest/nlp/dependency-parser";
import { loadPosTagger } from "../ingest/nlp/pos-tagger";
import { UD_DIR } from "./ud/treebank";

/**
 * Scores tagging, lemmas and parsing on a CoNLL-U file with gold tokenization (CoNLL 2018 definitions).
 * NEWSGRAPH_PARSER_MODEL=path scores a candidate parser model instead of models/parser.json.gz.
 */
function main(): void {
  const path = process.argv[2] ?? join(process.env.UD_EWT_DIR ?? UD_DIR, "en_ewt-ud-dev.conllu");
  const started = Date.now();
  const tagger = loadPosTagger();
  const parser = loadDependencyParser(process.env.NEWSGRAPH_PARSER_MODEL);
  const loaded = Date.now();
  const sentences = readConllu(readFileSync(path, "utf8")).map(conlluWords);
  const counts = { upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, tokens: 0 };
  const work = Date.now();
  for (const gold of sentences) {
    const words = gold.map((w) => w.form);
    const tags = tagger.tag(words);
    const arcs = parser.parse(words, tags);
    gold.forEach((g, i) => {
      counts.tokens++;
      if (tags[i]!.upos === g.upos) counts.upos++;
      if (tags[i]!.xpos === g.xpos) counts.xpos++;
      if (tags[i]!.lemma === g.lemma) counts.lemma++;
      if (arcs[i]!.head !== g.head) return;
      counts.uas++;
      if (arcs[i]!.deprel.split(":")[0] === g.deprel.split(":")[0]) counts.las++;
    });
  }
  const seconds = (Date.now() - work) / 1000;
  const pct = (n: number): string => ((100 * n) / counts.tokens).toFixed(2);
  console.log(`${path}: ${sentences.length} sentences, ${counts.tokens} words (gold tokenization)`);
  console.log(`UPOS accuracy  ${pct(counts.upos)}`);
  console.log(`XPOS accuracy  ${pct(counts.xpos)}`);
  console.log(`lemma accuracy ${pct(counts.lemma)}`);
  console.log(`UAS            ${pct(counts.uas)}`);
  console.log(`LAS            ${pct(counts.las)}`);
  console.log(
    `models loaded in ${((loaded - started) / 1000).toFixed(2)} s; tag+parse ` +
      `${Math.round(counts.tokens / seconds)} words/s (single run, see npm run bench)`,
  );
}

main();
