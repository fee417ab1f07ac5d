import { companySuffix } from "../entities/company-suffix";
import type { NerTag } from "../ner/ner-tag";
import { tokenize } from "../nlp/tokenize";
import type { Sentence } from "../nlp/types";
import { stockSymbol } from "./unbracket-names";

/** The headline's words up to its first bracket: "GENERAL ELECTRIC <GE> NEW JET ENGINE TESTED". */
const beforeBracket = /^([^<>]{1,60}?)\s*<([^<>]{1,14})>/u;
/** Words that may stand lower-case inside a company's name in the text: "Sears, Roebuck and Co". */
const connector = /^(and|of|&|,|de|du|the|'s|')$/;

/**
 * The company a wire headline names by its stock symbol, as words to find in the article's `sentences`;
 * undefined when the headline has no symbol. Reuters writes "HIGH VOLTAGE <HVE> ADOPTS STOCK OWNERSHIP
 * PLAN": the words before the symbol are the company's name, which tells the text's "High Voltage
 * contributed 814 shares" or a sentence-initial "General Electric said" (where the NER, seeing a capital on
 * every first word, kept only "Electric") from an adjective or a general's title. A one-word name the
 * article also writes in lower case ("FIRST", "MAY") is left to the NER.
 */
export function headlineCompany(
  title: string | null | undefined,
  sentences: readonly Sentence[],
): string[] | undefined {
  const match = beforeBracket.exec(title ?? "");
  if (!match || !stockSymbol.test(match[2]!)) return undefined;
  const words = tokenize(match[1]!.trim()).map((t) => t.text);
  if (words.length === 0 || words.length > 6 || !/^\p{L}/u.test(words[0]!)) return undefined;
  const lower = words.length === 1 ? words[0]!.toLowerCase() : undefined;
  if (lower !== undefined && sentences.some((s) => s.tokens.some((t) => t.text === lower))) return undefined;
  return words;
}

/**
 * `tags` with every capitalised occurrence of the headline's company in `sentence` an organisation. An
 * occurrence inside or before a longer name ("Pacific Gas and Electric Co" for "PACIFIC GAS") is left to the
 * NER.
 */
export function withHeadlineCompany(
  sentence: Sentence,
  tags: NerTag[],
  company: readonly string[] | undefined,
): NerTag[] {
  if (company === undefined) return tags;
  const words = sentence.tokens.map((t) => t.text);
  let out: NerTag[] | undefined;
  for (let i = 0; i + company.length <= words.length; i++) {
    if (!occursAt(words, i, company)) continue;
    // "M/A-Com Inc" for "M/A-COM": the legal form after the short form is the name's.
    let end = i + company.length;
    while (companySuffix.test(words[end] ?? "")) end++;
    if (nameGoesOn(words, end)) continue;
    if (tags[i]!.startsWith("I-") && tags[i - 1] !== "O" && tags[i - 1] !== undefined) continue;
    out ??= [...tags];
    out[i] = "B-ORG";
    for (let k = i + 1; k < end; k++) out[k] = "I-ORG";
    i = end - 1;
  }
  return out ?? tags;
}

/**
 * Whether the text's name goes on past the headline's short form: "Davis Water and Waste Industries Inc",
 * "Harper and Row", "Sears, Roebuck and Co", "J and J Snack Foods Corp". That longer name is the NER's and
 * the partnership rules' to find; forcing the short form would cut it.
 */
function nameGoesOn(words: readonly string[], after: number): boolean {
  const next = words[after] ?? "";
  if (/^\p{Lu}/u.test(next)) return true;
  return /^(and|&|,)$/.test(next) && /^\p{Lu}/u.test(words[after + 1] ?? "");
}

function occursAt(words: readonly string[], at: number, company: readonly string[]): boolean {
  return company.every((w, k) => {
    const word = words[at + k]!;
    if (word.toLowerCase() !== w.toLowerCase()) return false;
    return connector.test(word.toLowerCase()) || /^[\p{Lu}\d]/u.test(word) || !/\p{L}/u.test(word);
  });
}
