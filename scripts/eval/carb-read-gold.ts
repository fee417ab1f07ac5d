import type { CarbExtraction } from "./carb-extraction";

/**
 * CaRB gold (`sentence<TAB>relation<TAB>arg1<TAB>arg2…`). Arguments containing "C: " (the context of
 * reported speech) are dropped, as CaRB's gold reader does.
 */
export function carbReadGold(text: string): CarbExtraction[] {
  const tuples: CarbExtraction[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const [sentence = "", relation = "", ...args] = line.trim().split("\t");
    tuples.push({
      sentence: sentence.trim(),
      confidence: 1,
      relation: relation.trim(),
      args: args.filter((a) => !a.includes("C: ")).map((a) => a.trim()),
    });
  }
  return tuples;
}
