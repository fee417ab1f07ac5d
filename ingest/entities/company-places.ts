import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { EntitySpan } from "../ner/ner-tag";
import { usStates } from "../gazetteer/us-states";
import { companySuffix } from "./company-suffix";
import { joinTokens } from "./join-tokens";
import type { Knowledge } from "./knowledge";

/**
 * "Richco Grain Ltd of New York", "Morgan Guaranty Trust Co of New York": the NER tags Reuters' company
 * with its town as one name; after a company suffix, "of" starts the place.
 */
export function withCompanyPlaces(
  s: AnalyzedSentence,
  knowledge: Knowledge,
  spans: EntitySpan[],
): EntitySpan[] {
  return spans.flatMap((sp) => {
    if (sp.type !== "ORG") return [sp];
    for (let k = sp.start + 1; k < sp.end - 1; k++) {
      if (placeAfterCompany(s, sp.start, k, knowledge))
        return [
          { start: sp.start, end: k, type: "ORG" as const },
          { start: k + 1, end: sp.end, type: "LOC" as const },
        ];
    }
    return [sp];
  });
}

/** The "of" at k after the suffix of a company named from `start` that starts its place: "Richco Grain Ltd of New York". */
export function placeAfterCompany(
  s: AnalyzedSentence,
  start: number,
  k: number,
  knowledge: Knowledge,
): boolean {
  // "Prudential Insurance Co of America", "Associates Corp of North America" are the companies' whole names.
  return (
    s.words[k] === "of" &&
    companySuffix.test(s.words[k - 1] ?? "") &&
    /^\p{Lu}/u.test(s.words[k + 1] ?? "") &&
    s.words[k + 1] !== "America" &&
    !(s.words[k + 1] === "North" && s.words[k + 2] === "America") &&
    !nationalCompany(s, start, k, knowledge)
  );
}

/**
 * Countries where Reuters names a foreign firm's subsidiary "X Co of Country" ("Ford Motor Co of Canada",
 * "Prudential Insurance Co of Canada"). Elsewhere a country after "Co of" is where the firm is from ("Nippon
 * Steel Co of Japan", "Hyundai Motor Co of South Korea", "L.M. Ericsson Telephone Co of Sweden"); Australia's and
 * Britain's subsidiaries come with a legal form after the place, which keeps them whole anyway.
 */
const subsidiaryCountries: ReadonlySet<string> = new Set(["Canada"]);

/**
 * Lines of business a state charters and that name their firms after it ("Morgan Guaranty Trust Co of New
 * York", "Executive Life Insurance Co of New York", "Consolidated Edison"); needed only for New York, which is a
 * city too ("Continental Grain Co of New York" is where the grain firm is).
 */
const charteredLines =
  /^(Trust|Insurance|Assurance|Indemnity|Savings|Bank|Edison|Telephone|Power|Service|Utility)$/;

/**
 * "Ford Motor Co of Canada Ltd", "Prudential Insurance Co of Canada", "Public Service Co of New Mexico": a
 * company of a country or state, named so apart from its namesakes elsewhere; its place is in its name.
 * Told by a legal form after the place, or by "Co" before "of" with no address after the place ("Peavey Co
 * of Minneapolis, Minn." is where Peavey Co is), no bracket closing the name before it ("<Swedish Match Co>
 * of Stockholm"), and a place that is a US state or a country foreign firms' subsidiaries are named after.
 * A town is the company's headquarters ("Shell Oil Co of Houston"), another country its nationality ("Nippon
 * Steel Co of Japan"): Reuters' counts of "Co of" + place in 1987 put them so, most of the time.
 */
function nationalCompany(s: AnalyzedSentence, start: number, k: number, knowledge: Knowledge): boolean {
  let end = k + 1;
  while (/^\p{Lu}/u.test(s.words[end] ?? "")) end++;
  if (end - 1 > k + 1 && companySuffix.test(s.words[end - 1]!)) return true;
  const bracketed = s.text.slice(s.tokens[k - 1]!.end - s.start, s.tokens[k]!.start - s.start).includes(">");
  const address = s.words[end] === "," && /^\p{Lu}/u.test(s.words[end + 1] ?? "");
  if (!/^Co\.?$/.test(s.words[k - 1]!) || bracketed || address) return false;
  // "BankAmerica Co of Charles Schwab and Co Inc": what the company is "of" is another company, no place.
  if (/^(and|&)$/.test(s.words[end] ?? "")) return true;
  const place = joinTokens(s, k + 1, end);
  if (place === "New York") return s.words.slice(start, k - 1).some((w) => charteredLines.test(w));
  if (usStates.has(place)) return true;
  const country = knowledge.country(place);
  return country !== undefined && country.matchedAs !== "capital" && subsidiaryCountries.has(country.name);
}
