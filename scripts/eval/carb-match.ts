import type { CarbExtraction } from "./carb-extraction";

/** Pair precision and recall of one system tuple against one gold tuple. */
export interface CarbPairScore {
  precision: number;
  recall: number;
}

const FORMS_OF_BE = ["be", "is", "am", "are", "was", "were", "been", "being"];
// Substrings, as CaRB tests them ("said" in the gold relation string, not as a whole word).
const SAID_TYPE = ["said", "told", "added", "adds", "says"];
const NO_MATCH: CarbPairScore = { precision: 0, recall: 0 };

// CaRB's binarisation: arg1, then every further argument joined into one.
function binary(args: readonly string[]): string[] {
  return args.length >= 2 ? [args[0]!, args.slice(1).join(" ")] : [...args];
}

// Multiset overlap: each gold token consumes at most one equal system token.
function overlap(gold: readonly string[], system: string[]): number {
  let matched = 0;
  for (const w of gold) {
    const at = system.indexOf(w);
    if (at >= 0) {
      matched++;
      system.splice(at, 1);
    }
  }
  return matched;
}

function lenientMatch(goldRelation: string, goldArgs: string[], sysRelation: string, sysArgs: string[]) {
  const sysWords = sysRelation.split(/\s+/).filter(Boolean);
  const goldWords = goldRelation.split(/\s+/).filter(Boolean);
  let precisionDen = sysWords.length;
  let recallDen = goldWords.length;
  let matched = overlap(goldWords, sysWords);
  if (sysWords.includes("be") && FORMS_OF_BE.some((form) => goldWords.includes(form))) matched++;
  if (matched === 0) return NO_MATCH;
  let precisionNum = matched;
  let recallNum = matched;
  for (let i = 0; i < goldArgs.length; i++) {
    const gold = goldArgs[i]!.split(/\s+/).filter(Boolean);
    recallDen += gold.length;
    const sys = sysArgs[i];
    if (sys === undefined) {
      // A missing arg1 or arg2 voids the pair; CaRB only ever has two arguments after binarisation.
      if (i < 2) return NO_MATCH;
      continue;
    }
    const sysTokens = sys.split(/\s+/).filter(Boolean);
    precisionDen += sysTokens.length;
    const m = overlap(gold, sysTokens);
    precisionNum += m;
    recallNum += m;
  }
  return {
    precision: precisionDen === 0 ? 0 : precisionNum / precisionDen,
    recall: recallDen === 0 ? 0 : recallNum / recallDen,
  };
}

/**
 * CaRB's binary lenient tuple match: relation tokens must overlap (a system "be" matches any form of be),
 * then token overlap over relation and arguments. For said-type gold relations the system's arguments
 * may be swapped; the better pair wins, compared as CaRB does (precision first, then recall).
 */
export function carbMatch(gold: CarbExtraction, system: CarbExtraction): CarbPairScore {
  const goldArgs = binary(gold.args);
  const straight = lenientMatch(gold.relation, goldArgs, system.relation, binary(system.args));
  if (!SAID_TYPE.some((verb) => gold.relation.includes(verb))) return straight;
  const swapped =
    system.args.length >= 2 ? [system.args.slice(1).join(" "), system.args[0]!] : [...system.args];
  const reverse = lenientMatch(gold.relation, goldArgs, system.relation, swapped);
  const reverseBetter =
    reverse.precision > straight.precision ||
    (reverse.precision === straight.precision && reverse.recall > straight.recall);
  return reverseBetter ? reverse : straight;
}
