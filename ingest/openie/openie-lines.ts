import { analyzeTokens, type OpenieModels } from "./analyze-tokens";
import { extractOpenTriples } from "./extract-open-triples";

/**
 * CaRB's tabbed format for one-sentence-per-line input (tokens separated by spaces):
 * `sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2…`, the sentence exactly as read.
 */
export function openieLines(text: string, models: OpenieModels): string[] {
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const words = line.split(" ").filter((w) => w !== "");
    if (words.length === 0) continue;
    for (const t of extractOpenTriples(analyzeTokens(words, models))) {
      const parts = [t.relation, t.arg1, ...t.args].map((p) => p.replace(/\t/g, " "));
      out.push([line, String(t.confidence), ...parts].join("\t"));
    }
  }
  return out;
}
