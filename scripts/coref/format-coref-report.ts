/** Plain-text tables of eval:coref results: one line per setting, then the headline setting per document. */
import { corefScore, prf } from "./coref-metrics";
import type { SettingResult } from "./evaluate-coref";

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function scoreLine(
  label: string,
  result: Pick<SettingResult, "counts" | "detection">,
  width: number,
): string {
  const s = corefScore(result.counts);
  const d = result.detection;
  const md = prf(d.matched, d.system, d.matched, d.gold);
  const triple = (p: { precision: number; recall: number; f1: number }): string =>
    `${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;
  return `${label.padEnd(width)} | ${triple(md)} | ${triple(s.muc)} | ${triple(s.b3)} | ${triple(s.ceafe)} | ${pct(s.conll)}`;
}

export function formatCorefReport(results: readonly SettingResult[]): string {
  const header = (label: string, width: number): string[] => [
    `${"".padEnd(width)} |  mention detection |        MUC         |         B³         |       CEAF-e       | CoNLL`,
    `${label.padEnd(width)} |     P     R     F1 |     P     R     F1 |     P     R     F1 |     P     R     F1 |   avg`,
  ];
  const width = Math.max(...results.map((r) => r.name.length));
  const lines = [...header("setting", width), ...results.map((r) => scoreLine(r.name, r, width))];
  const headline = results[0];
  if (headline) {
    const docWidth = Math.max(8, ...headline.documents.map((d) => d.id.length + 12));
    lines.push("", `per document, ${headline.name}:`, ...header("document (gold/system mentions)", docWidth));
    for (const d of headline.documents) {
      const label = `${d.id} (${d.detection.gold}/${d.detection.system})`;
      lines.push(scoreLine(label, d, docWidth));
    }
  }
  return lines.join("\n");
}
