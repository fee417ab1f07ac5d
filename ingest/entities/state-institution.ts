import type { Knowledge } from "./knowledge";
import { portfolios } from "./role-titles";

/**
 * A state's institution named only by what it is ("Finance Ministry", "the Treasury", "Central Bank"):
 * every state has one, so the name alone identifies none. `name` is the institution's name in the order
 * news writes it ("Ministry of Finance" → "Finance Ministry"); `country` is the state when the name itself
 * says which ("Japanese Finance Ministry", "U.S. Treasury", "Central Bank of Brazil").
 */
export interface StateInstitution {
  name: string;
  country?: string;
}

/** What a state institution is; the last word of its name, or the first before "of". */
const institutionHeads = new Set([
  "ministry",
  "department",
  "treasury",
  "bank",
  "parliament",
  "senate",
  "cabinet",
  "army",
  "navy",
  "embassy",
  "customs",
  "police",
  "office",
  "bureau",
  "court",
]);

/** Words that say which of a state's institutions: portfolios, and the kinds of bank, court or office. */
const qualifiers = new Set([
  ...portfolios,
  "foreign",
  "affairs",
  "economic",
  "economics",
  "agricultural",
  "industrial",
  "international",
  "external",
  "home",
  "planning",
  "petroleum",
  "statistics",
  "statistical",
  "information",
  "public",
  "works",
  "central",
  "national",
  "reserve",
  "state",
  "supreme",
  "high",
  "federal",
  "constitutional",
]);

/** A bank is the state's only as its central bank: "Central Bank", "National Bank", "Reserve Bank". */
const stateBanks = new Set(["central", "national", "reserve", "state"]);

const connectives = new Set(["and", "&", "of", "for", "the"]);

/**
 * The institution's name when every word names an institution or a portfolio ("the Finance Ministry",
 * "Ministry of Finance" → "Finance Ministry"); else undefined ("Bank of England" names its state).
 */
function institutionOnly(words: readonly string[]): string | undefined {
  const shown = words[0]?.toLowerCase() === "the" ? words.slice(1) : words;
  const lower = shown.map((w) => w.toLowerCase());
  if (lower.length === 0 || connectives.has(lower[0]!) || connectives.has(lower.at(-1)!)) return undefined;
  if (!lower.every((w) => institutionHeads.has(w) || qualifiers.has(w) || connectives.has(w)))
    return undefined;
  const of = lower.indexOf("of");
  const headFirst = of === 1 && lower.lastIndexOf("of") === 1 && institutionHeads.has(lower[0]!);
  if (of !== -1 && !headFirst) return undefined;
  const ordered = headFirst ? [...shown.slice(2), shown[0]!] : shown;
  const orderedLower = ordered.map((w) => w.toLowerCase());
  const head = orderedLower.at(-1)!;
  // A portfolio alone ("Finance", "Trade") is no institution without its head.
  if (!institutionHeads.has(head)) return undefined;
  if (head === "bank" && !orderedLower.some((w) => stateBanks.has(w))) return undefined;
  return ordered.map((w) => (connectives.has(w.toLowerCase()) ? w.toLowerCase() : capitalized(w))).join(" ");
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * The state institution a name names, with the country the name itself gives: a leading country name or
 * demonym ("U.S. Agriculture Department", "West German Economics Ministry") or a closing "of" + country
 * ("Central Bank of Brazil"). `country` maps a name or demonym to its canonical country.
 */
export function stateInstitution(
  name: string,
  country: (name: string) => string | undefined,
): StateInstitution | undefined {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  // Most organisations' names hold no institution word at all: no state to look up for them.
  if (!words.some((w) => institutionHeads.has(w.toLowerCase()))) return undefined;
  const whole = institutionOnly(words);
  if (whole) return { name: whole };
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const state = country(words.slice(0, n).join(" "));
    const rest = state ? institutionOnly(words.slice(n)) : undefined;
    if (state && rest) return { name: rest, country: state };
  }
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    if (words[words.length - n - 1] !== "of") continue;
    const state = country(words.slice(-n).join(" "));
    const rest = state ? institutionOnly(words.slice(0, -n - 1)) : undefined;
    if (state && rest) return { name: rest, country: state };
  }
  return undefined;
}

/**
 * The state an organisation's name ends with after "of" ("Bank of Japan", "People's Bank of China"), for
 * telling one state's bank from another's; `country` as for `stateInstitution`.
 */
export function stateAfterOf(
  name: string,
  country: (name: string) => string | undefined,
): string | undefined {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const state = words[words.length - n - 1] === "of" ? country(words.slice(-n).join(" ")) : undefined;
    if (state) return state;
  }
  return undefined;
}

/**
 * Central banks that news names by their own names as often as by what they are: "the German central bank"
 * is the Bundesbank the same story names, and one node with it. Only Germany's: a "Central Bank" whose state
 * is guessed from the story's main state may be another's (a Taiwan story full of the U.S. made Taiwan's
 * central bank the United States'), and would then join the Federal Reserve or the Bank of Japan.
 */
const centralBanks: ReadonlyMap<string, string> = new Map([
  ["West Germany", "Bundesbank"],
  ["Germany", "Bundesbank"],
]);

/** The entity name of a state institution: its name, and its state in brackets when known. */
export function institutionEntityName(institution: StateInstitution): string {
  const own =
    institution.name === "Central Bank" && institution.country && centralBanks.get(institution.country);
  if (own) return own;
  return institution.country ? `${institution.name} (${institution.country})` : institution.name;
}

/**
 * A state by its name or demonym ("U.S.", "Japanese", "West German"), for `stateInstitution`; a capital
 * inside a name is a town's institution, not its state's.
 */
export function stateNamer(knowledge: Pick<Knowledge, "country">): (name: string) => string | undefined {
  return (name) => {
    const country = knowledge.country(name);
    return country && country.matchedAs !== "capital" ? country.name : undefined;
  };
}
