import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { companySuffix } from "../entities/company-suffix";
import type { EntityType } from "../extraction";
import type { Argument, ArgumentResolver } from "./argument-resolver";

/** "based", "headquartered": the participles that give an organisation's seat. */
export const seatWord = /^(based|headquartered)$/i;

/** An organisation and the place the sentence puts it in. */
export interface Location {
  organization: Argument;
  place: Argument;
  relation: string;
}

/**
 * Where an organisation is, as news names it in passing: "the Dallas-based Acme Corp", "Acme Corp, based
 * in Dallas", and Reuters' "Richco Grain Ltd of New York" (a company's name, then "of" and a place). Only
 * named organisations and places; "of" only after a company suffix, so "the Bank of England" (one name)
 * and "the president of France" stay out.
 */
export function locatedIn(s: AnalyzedSentence, args: ArgumentResolver): Location[] {
  const out: Location[] = [];
  const named = (t: number, type: EntityType): Argument | undefined => {
    if (t < 0 || t >= s.words.length || !args.insideName(t)) return undefined;
    const arg = args.resolve(t, { asActor: false, concepts: "none" });
    return arg && arg.via === "name" && arg.entity.type === type ? arg : undefined;
  };
  for (let i = 1; i < s.words.length - 1; i++) {
    const w = s.words[i]!;
    const next = s.words[i + 1]!;
    if (w === "-" && seatWord.test(next)) {
      // "the Dallas-based Acme Corp", "Montreal-based (Taurus Footwear Inc)".
      const place = named(i - 1, "PLACE");
      let j = i + 2;
      while (j < s.words.length && j <= i + 5 && !args.insideName(j) && /^(ADJ|NOUN|PUNCT)$/.test(s.upos[j]!))
        j++;
      const organization = named(j, "ORGANIZATION");
      if (place && organization) out.push({ organization, place, relation: next });
    } else if (seatWord.test(w) && next === "in") {
      // "Acme Corp, based in Dallas": the name right before the participle (a comma between).
      const before = s.words[i - 1] === "," ? i - 2 : i - 1;
      const organization = named(before, "ORGANIZATION");
      const place = named(i + 2, "PLACE");
      if (place && organization) out.push({ organization, place, relation: `${w} in` });
    } else if (w === "of" && companySuffix.test(s.words[i - 1]!)) {
      const organization = named(i - 1, "ORGANIZATION");
      const place = args.nameStart(i + 1) === i + 1 ? named(i + 1, "PLACE") : undefined;
      if (place && organization) out.push({ organization, place, relation: "of" });
    }
  }
  return out;
}

/**
 * The organisation a place is the seat of in "Acme Corp, based in Dallas, said …": a parser that loses the
 * subject leaves "Dallas" nearest to the verb; the company is meant.
 */
export function seatOf(s: AnalyzedSentence, args: ArgumentResolver, place: number): Argument | undefined {
  const start = args.nameStart(place);
  if (s.words[start - 1] !== "in" || !seatWord.test(s.words[start - 2] ?? "")) return undefined;
  const before = s.words[start - 3] === "," ? start - 4 : start - 3;
  if (before < 0 || !args.insideName(before)) return undefined;
  const arg = args.resolve(before, { asActor: true, concepts: "none" });
  return arg && arg.via === "name" && arg.entity.type === "ORGANIZATION" ? arg : undefined;
}
