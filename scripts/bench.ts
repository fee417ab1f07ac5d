import type { BenchReport } from "./bench/bench-report";
import { median } from "./bench/bench-report";

/**
 * `npm run bench [-- ner parser pipeline workers render]`: runs the benchmark sections (all but render by
 * default: it needs Chromium and takes minutes) and prints each measurement's median, its runs, and
 * its ratio to the section's baseline measured in the same command. Machines here are shared and
 * noisy: read ratios, not absolute figures.
 */
const sections: Record<string, () => Promise<BenchReport>> = {
  ner: async () => (await import("./bench/ner")).benchNer(),
  parser: async () => (await import("./bench/parser")).benchParser(),
  pipeline: async () => (await import("./bench/pipeline")).benchPipeline(),
  workers: async () => (await import("./bench/pipeline-workers")).benchPipelineWorkers(),
  render: async () => (await import("./bench/render")).benchRender(),
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const names = asked.length > 0 ? asked : ["ner", "parser", "pipeline", "workers"];
  for (const name of names) {
    const run = sections[name];
    if (!run) throw new Error(`unknown section "${name}"; choose from ${Object.keys(sections).join(", ")}`);
    print(await run());
  }
}

function print(report: BenchReport): void {
  console.log(`\n## ${report.title}\n${report.data}`);
  const base = report.measurements.find((m) => m.system === report.baseline);
  const baseMedian = base ? median(base.runs) : undefined;
  for (const m of report.measurements) {
    const med = median(m.runs);
    const ratio = baseMedian ? ` ×${(med / baseMedian).toFixed(2)} vs baseline` : "";
    const runs = m.runs.map((r) => Math.round(r).toLocaleString("en")).join(", ");
    console.log(
      `- ${m.system}: median ${Math.round(med).toLocaleString("en")} ${m.unit}${ratio} (runs: ${runs})`,
    );
    if (m.quality) {
      console.log(
        `  ${Object.entries(m.quality)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")}`,
      );
    }
  }
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
