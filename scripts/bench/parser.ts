import { readFileSync } from "node:fs";
import { join } from "node:path";

import nlp from "compromise";

import { conlluWords, readConllu } from "../../ingest/nlp/conllu";
import { loadDependencyParser } from "../../ingest/nlp/dependency-parser";
import { loadPosTagger } from "../../ingest/nlp/pos-tagger";
import { UD_DIR } from "../ud/treebank";
import type { BenchMeasurement, BenchReport } from "./bench-report";

const REPETITIONS = 5;

/**
 * Tokens/s of tagging + parsing UD EWT dev (gold tokenization), interleaved with two baselines measured in
 * the same process: the newsgraph tagger alone and compromise's tagger on the same sentences.
 * NEWSGRAPH_PARSER_MODEL=path measures a candidate parser model instead of models/parser.json.gz.
 */
export async function benchParser(
  devPath = join(process.env.UD_EWT_DIR ?? UD_DIR, "en_ewt-ud-dev.conllu"),
): Promise<BenchReport> {
  const gold = readConllu(readFileSync(devPath, "utf8")).map(conlluWords);
  const sentences = gold.map((s) => s.map((w) => w.form));
  const texts = sentences.map((s) => s.join(" "));
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const tagger = loadPosTagger();
  const parser = loadDependencyParser(process.env.NEWSGRAPH_PARSER_MODEL);

  const tagOnly = (): void => {
    for (const s of sentences) tagger.tag(s);
  };
  const tagAndParse = (): void => {
    for (const s of sentences) parser.parse(s, tagger.tag(s));
  };
  const compromise = (): void => {
    for (const t of texts) nlp(t).json();
  };
  const systems: [string, () => void][] = [
    ["newsgraph tagger only (baseline)", tagOnly],
    ["newsgraph tag+parse", tagAndParse],
    ["compromise tagger", compromise],
  ];
  const runs = new Map<string, number[]>(systems.map(([name]) => [name, []]));
  // Tokens per CPU-second of this process: steadier than wall time when other jobs share the cores.
  const cpuRuns: number[] = [];
  for (const [, run] of systems) run(); // warm-up: JIT and caches
  for (let r = 0; r < REPETITIONS; r++) {
    for (const [name, run] of systems) {
      const started = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      run();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const used = process.cpuUsage(cpu);
      runs.get(name)!.push(Math.round(tokens / seconds));
      if (run === tagAndParse) cpuRuns.push(Math.round(tokens / ((used.user + used.system) / 1e6)));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  let uas = 0;
  let las = 0;
  let upos = 0;
  gold.forEach((g, i) => {
    const tags = tagger.tag(sentences[i]!);
    const arcs = parser.parse(sentences[i]!, tags);
    g.forEach((w, j) => {
      if (tags[j]!.upos === w.upos) upos++;
      if (arcs[j]!.head !== w.head) return;
      uas++;
      if (arcs[j]!.deprel.split(":")[0] === w.deprel.split(":")[0]) las++;
    });
  });
  const pct = (n: number): number => Math.round((10000 * n) / tokens) / 100;
  const measurements: BenchMeasurement[] = systems.map(([system]) => ({
    system,
    unit: "tokens/s",
    runs: runs.get(system)!,
  }));
  measurements.push({
    system: "newsgraph tag+parse (tokens per CPU-second)",
    unit: "tokens/s",
    runs: cpuRuns,
  });
  measurements[0]!.quality = { UPOS: pct(upos) };
  measurements[1]!.quality = { UPOS: pct(upos), UAS: pct(uas), LAS: pct(las) };
  return {
    title: "POS tagging + dependency parsing (one core)",
    data: `UD English EWT dev, ${sentences.length} sentences, ${tokens.toLocaleString("en-US")} tokens`,
    baseline: systems[0]![0],
    measurements,
  };
}
