import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { isPossessive } from "./find-mentions";
import type { Mention } from "./mention";

/** Words that name a company's unit: "X unit Y", "its X Co subsidiary". */
export const unitWords: ReadonlySet<string> = new Set(["unit", "subsidiary", "affiliate", "division", "arm"]);

/**
 * "Morgan Stanley Group Inc unit Natural Gas Clearinghouse Inc", "Mohawk Data Sciences Corp's Momentum
 * Technologies Inc affiliate", "Jaguar PLC's Jaguar Cars Inc U.S. subsidiary": when `next`, the name right
 * after `owner`, is a unit of it, the token of the word that says so ("unit", "affiliate"); else undefined.
 */
export function ownedUnit(
  s: AnalyzedSentence,
  owner: Mention,
  next: Mention | undefined,
): number | undefined {
  if (owner.kind !== "name" || owner.type !== "ORGANIZATION") return undefined;
  if (next?.kind !== "name" || next.type !== "ORGANIZATION" || next.start !== owner.end + 1) return undefined;
  let word = isPossessive(s.words[owner.end] ?? "") ? next.end : owner.end;
  // "Jaguar PLC's Jaguar Cars Inc U.S. subsidiary": where the unit works may come before the word.
  if (word === next.end && /LOC/.test(s.ner[word] ?? "") && !/LOC/.test(s.ner[word + 1] ?? "")) word++;
  return unitWords.has(s.words[word] ?? "") ? word : undefined;
}
