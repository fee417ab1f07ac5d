import { analyzeTokens, type OpenieModels } from "./analyze-tokens";
import { extractOpenTriples } from "./extract-open-triples";

/**
 * CaRB's tabbed format for one-sentence-per-line input (tokens separated by spaces):
 * `sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2…`, the sentence as read (only trailing
 * whitespace dropped and tabs turned into spaces, which the format cannot carry).
 */
export function openieLines(text: string, models: OpenieModels): string[] {
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    // A tab would break the tabbed format: trailing whitespace goes, an inner tab becomes a space.
    const line = raw.trimEnd().replace(/\t/g, " ");
    const words = line.split(/\s+/).filter((w) => w !== "");
    if (words.length === 0) continue;
    for (const t of extractOpenTriples(analyzeTokens(words, models))) {
      const parts = [t.relation, t.arg1, ...t.args].map((p) => p.replace(/\t/g, " "));
      out.push([line, String(t.confidence), ...parts].join("\t"));
    }
  }
  return out;
}
