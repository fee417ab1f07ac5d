import { endsFirmName } from "./company-suffix";
import { isGenericOrganizationName } from "./generic-organization-name";

/** Last words of banks' and partnerships' names besides the company suffixes and firm words. */
const firmEndings = /^(Bancorp|Bancorporation|Bancshares|Brothers)$/;

/** Lower-case words a company's name may hold: "Procter and Gamble Co", "Bank of Boston Corp". */
const connectives = new Set(["and", "of", "&", "de", "du", "la"]);

/**
 * Whether `short` is the first word or words of the company name `full` ("Valero" of "Valero Energy Corp",
 * "Dean Witter" of "Dean Witter Reynolds Inc"), as a story shortens a company it has named in full. Words
 * compare without case; the short name leaves words of the full one out. A company's name ends in its legal
 * form or a firm's word: "Kodak KIMS" (a system), "Pemex Japan" (a unit), "DNA Probe Kits" are no company
 * "Kodak", "Pemex" or "DNA" shortens.
 */
export function beginsCompanyName(short: string, full: string): boolean {
  const shortWords = words(short);
  const fullWords = words(full);
  const written = full.split(/\s+/);
  const last = written.at(-1) ?? "";
  return (
    (endsFirmName(last) || firmEndings.test(last)) &&
    // "Kodak for E.F. Hutton and Co": a name the NER ran on past its company holds a lower-case word.
    written.every((w) => !/^\p{Ll}/u.test(w) || connectives.has(w)) &&
    shortWords.length > 0 &&
    shortWords.length < fullWords.length &&
    shortWords.every((w, i) => w === fullWords[i])
  );
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/**
 * A name short enough to be a company's shortened name: one or two capitalised words ("Valero", "First
 * Interstate", "McAndrews and Forbes"), the last no word for a kind of organisation ("Senate" of "Senate
 * Agriculture", "Labour Party" …): longer names ("National Association of Securities Dealers") are names of
 * their own.
 */
export function isShortCompanyName(name: string): boolean {
  const capitalised = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.length > 0 && capitalised.length <= 2 && !isGenericOrganizationName(capitalised.at(-1)!);
}
