/**
 * Benchmark section: newsgraph's NER against compromise on CoNLL-2003 dev, interleaved repetitions, with
 * span F1 from the same scorer. Run alone with `tsx scripts/bench/ner.ts [--reps N]`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readConll } from "../../ingest/ner/conll";
import { loadNerTagger } from "../../ingest/ner/ner-tagger";
import type { NerTag } from "../../ingest/ner/ner-tag";
import { scoreSpans } from "../../ingest/ner/score-spans";
import { tagConll } from "../../ingest/ner/tag-conll";
import type { BenchReport } from "./bench-report";
import { median } from "./bench-report";
import { compromiseTags } from "./compromise-ner";

const DEV = join(__dirname, "..", "..", "..", "shared", "data", "conll2003", "eng.testa");

export async function benchNer(reps = 5): Promise<BenchReport> {
  const doc = readConll(readFileSync(DEV, "utf8"));
  const gold = doc.sentences.map((s) => s.gold ?? []);
  const tokens = doc.sentences.reduce((n, s) => n + s.words.length, 0);
  const tagger = loadNerTagger();
  const ours: number[] = [];
  const theirs: number[] = [];
  let ourTags: NerTag[][] = [];
  let theirTags: NerTag[][] = [];
  // One untimed warm-up each, so both systems are measured with JIT-compiled code and filled caches.
  tagConll(tagger, doc);
  compromiseTags(doc.sentences[0]?.words ?? []);
  // Throughput on one core is taken from the process's CPU time, not wall time: the machine is shared, and
  // both systems are single-threaded, so CPU seconds are what each run cost on one core.
  const cpuSeconds = (since: NodeJS.CpuUsage): number => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1e6;
  };
  for (let r = 0; r < reps; r++) {
    let t = process.cpuUsage();
    ourTags = tagConll(tagger, doc);
    ours.push(tokens / cpuSeconds(t));
    t = process.cpuUsage();
    theirTags = doc.sentences.map((s) => compromiseTags(s.words));
    theirs.push(tokens / cpuSeconds(t));
    await Promise.resolve();
  }
  const q = (tags: NerTag[][]): Record<string, number> => {
    const s = scoreSpans(gold, tags);
    const r2 = (x: number): number => Math.round(x * 100) / 100;
    // compromise has no MISC; this figure drops MISC from gold and prediction alike, for a like-for-like view.
    const noMisc = (t: readonly string[]): string[] => t.map((x) => (x.endsWith("-MISC") ? "O" : x));
    const three = scoreSpans(gold.map(noMisc), tags.map(noMisc));
    return {
      F1: r2(s.overall.f1),
      "F1 PER/ORG/LOC only": r2(three.overall.f1),
      "F1 PER": r2(s.byType.PER.f1),
      "F1 ORG": r2(s.byType.ORG.f1),
      "F1 LOC": r2(s.byType.LOC.f1),
      "F1 MISC": r2(s.byType.MISC.f1),
    };
  };
  return {
    title: "Named-entity recognition (span F1 over PER/ORG/LOC/MISC; compromise has no MISC)",
    data: `CoNLL-2003 dev (eng.testa), ${tokens.toLocaleString("en-US")} tokens, ${doc.sentences.length} sentences`,
    baseline: "compromise (baseline)",
    measurements: [
      {
        system: "newsgraph ner",
        unit: "tokens/s (CPU time, one core)",
        runs: ours.map(Math.round),
        quality: q(ourTags),
      },
      {
        system: "compromise (baseline)",
        unit: "tokens/s (CPU time, one core)",
        runs: theirs.map(Math.round),
        quality: q(theirTags),
      },
    ],
  };
}

if (require.main === module) {
  const i = process.argv.indexOf("--reps");
  benchNer(i >= 0 ? Number(process.argv[i + 1]) : 5)
    .then((report) => {
      console.log(JSON.stringify(report, null, 2));
      for (const m of report.measurements) {
        console.log(`${m.system}: median ${Math.round(median(m.runs))} ${m.unit}`);
      }
      const base = report.measurements.find((m) => m.system === report.baseline);
      const ours = report.measurements.find((m) => m.system !== report.baseline);
      if (base && ours) console.log(`speed ratio: ${(median(ours.runs) / median(base.runs)).toFixed(1)}x`);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    });
}
