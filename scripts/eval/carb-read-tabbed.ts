import type { CarbExtraction } from "./carb-extraction";

/** CaRB's tabbed system format: `sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2…`. */
export function carbReadTabbed(text: string): CarbExtraction[] {
  const tuples: CarbExtraction[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const [sentence = "", confidence = "", relation = "", ...args] = line.trim().split("\t");
    const value = Number(confidence);
    if (confidence.trim() === "" || !Number.isFinite(value))
      throw new Error(`carb: line ${i + 1}: confidence "${confidence}" is not a number`);
    tuples.push({ sentence, confidence: value, relation, args });
  });
  return tuples;
}
