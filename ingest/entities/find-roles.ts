import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { isPossessive, isTitleWord, joinTokens } from "./find-mentions";
import type { Mention } from "./mention";
import { unitWords } from "./owned-unit";
import { honorifics, personOnlyTitles, portfolios, roleTitles, type RolePredicate } from "./role-titles";

/** A title a sentence gives a named person: "Ukraine's President Volodymyr Zelenskiy". */
export interface Role {
  person: Mention;
  /** The title as written: "President", "lead negotiator". */
  title: string;
  /** Token where the title starts. */
  titleStart: number;
  role: RolePredicate;
  /** Whose role it is, when the sentence says: Ukraine, the European Commission… */
  owner: Mention | undefined;
  /**
   * A past post ("former president of the Swiss National Bank"): no current role, but its words still stand
   * for the person in the sentence.
   */
  former: boolean;
}

/**
 * Titles before a name (OWNER TITLE NAME, OWNER's TITLE NAME, OWNER's TITLE, NAME) and appositions
 * after it (NAME, OWNER's TITLE / NAME, TITLE of OWNER). Sequence patterns rather than parse
 * patterns: titles are short fixed phrases, and parsers often attach them inconsistently.
 */
export function findRoles(s: AnalyzedSentence, mentions: readonly Mention[]): Role[] {
  const roles: Role[] = [];
  const isFormer = (found: Found): boolean =>
    /\bformer\b/i.test(found.title) || formerBefore(s, found.titleStart);
  const push = (person: Mention, found: Found): void => {
    roles.push({ person, ...found, former: isFormer(found) });
  };
  const endingAt = new Map<number, Mention>();
  const startingAt = new Map<number, Mention>();
  for (const m of mentions) {
    // A description headed by a title ("director") is the title itself, not an owner or a name; one headed by
    // a word that only qualifies titles ("central bank" of "central bank governor") is an organisation.
    if (
      m.nested ||
      m.kind === "description" ||
      (m.kind === "nominal" && m.type !== "ORGANIZATION" && isTitleWord(s.words[m.head]!))
    )
      continue;
    endingAt.set(m.end, m);
    startingAt.set(m.start, m);
  }
  for (const person of mentions) {
    if (person.kind !== "name") continue;
    if (person.type !== "PERSON") {
      // "Taft Broadcasting said Taft, the company's vice chairman, …": a one-word name the NER took for the
      // company holds a title only a person holds, of an owner named in the possessive ("Singapore, a
      // spokesman for the federation, said" is where, said by whom).
      const single = person.end - person.start === 1 && person.type === "ORGANIZATION";
      const after = single ? appositionAfter(s, person.end, startingAt) : undefined;
      const title = after?.title.toLowerCase().split(" ").pop() ?? "";
      const possessed = after !== undefined && isPossessive(s.words[after.titleStart - 1] ?? "");
      if (after?.owner && possessed && personOnlyTitles.has(title)) push(person, after);
      continue;
    }
    const titled = titleBefore(s, person.start, endingAt) ?? appositionBefore(s, person.start, endingAt);
    // "analyst Kevin Murphy of Morgan Stanley and Co", "Senator Pete Domenici of New Mexico": a title before
    // the name, its owner after it. "At" or "with" only for a firm one works for ("President Reagan at the
    // White House" is where he was); not a panel's member ("panel member Bergstresser of the University of
    // Texas"), nor a phrase owned by what follows ("analyst Louis Marckesano of TWA's sale").
    const preps = titled?.role === "WORKS_FOR" ? ["of", "at", "with"] : ["of"];
    const trailing =
      titled && !titled.owner && !/member$/i.test(titled.title)
        ? firmAt(s, person.end, startingAt, preps)
        : undefined;
    const firmAfter = trailing && !isPossessive(s.words[trailing.end] ?? "") ? trailing : undefined;
    const before = firmAfter ? { ...titled!, owner: firmAfter } : titled;
    const after = appositionAfter(s, person.end, startingAt);
    // "Major General Fuad Basya, spokesman for the military": a rank before the name and a post after it.
    if (before) push(person, professionOf(before));
    // "named its former chairman, Jon Jacoby, vice chairman": the past post does not hide the present one.
    if (after && (!before || isFormer(before) || after.owner)) push(person, professionOf(after));
    const party = partyOf(s, person, startingAt);
    if (party) push(person, party);
  }
  return roles;
}

type Found = Omit<Role, "person" | "former">;

/** "Ward, a U.S. lawyer": a profession with a country says where one is from, not who one works for. */
function professionOf(found: Found): Found {
  return found.role === "WORKS_FOR" && found.owner?.country ? { ...found, role: "NATIONAL_OF" } : found;
}

function titleBefore(
  s: AnalyzedSentence,
  nameStart: number,
  endingAt: Map<number, Mention>,
): Found | undefined {
  let i = nameStart - 1;
  // Honorifics and initials the name itself left out ("spokesman B. Jay Cooper").
  while (i >= 0 && (honorifics.has(s.words[i]!.toLowerCase()) || /^[A-Z]\.$/.test(s.words[i]!))) i--;
  const ofOwner = titleOfOwner(s, i + 1, endingAt);
  if (ofOwner) return ofOwner;
  const titleEnd = i + 1;
  const titleStart = titleStartBefore(s, titleEnd);
  const role = titleStart < titleEnd ? roleOf(s, titleStart, titleEnd) : undefined;
  if (!role) return titleWithPortfolio(s, titleEnd, endingAt) ?? nationality(s, titleEnd, endingAt);
  const owner = ownerEndingAt(s, titleStart, endingAt, role === "RELATIVE_OF");
  // "Texas Railroad Commissioner James Nugent": a capitalised portfolio between the owner and the title.
  let portfolioStart = titleStart;
  while (
    portfolioStart > 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(s.words[portfolioStart - 1]!) &&
    !endingAt.has(portfolioStart)
  )
    portfolioStart--;
  const portfolioOwner =
    !owner && portfolioStart < titleStart && portfolioStart >= titleStart - 2
      ? ownerEndingAt(s, portfolioStart, endingAt)
      : undefined;
  if (portfolioOwner)
    return {
      title: joinTokens(s, portfolioStart, titleEnd),
      titleStart: portfolioStart,
      role,
      owner: portfolioOwner,
    };
  // "Labour Minister Jorge Egas", "Greek Industry Undersecretary": a portfolio the tagger took for an
  // organisation belongs to the title.
  if (
    owner &&
    owner.end === titleStart &&
    portfolios.has(owner.text.toLowerCase().split(/\s+/).at(-1)!) &&
    owner.end - owner.start <= 2
  ) {
    return { title: joinTokens(s, owner.start, titleEnd), titleStart: owner.start, role, owner: undefined };
  }
  return { title: joinTokens(s, titleStart, titleEnd), titleStart, role, owner };
}

/** "Minister of Education Stefania Giannini", "Secretary of State George Shultz": a title and its portfolio. */
function titleWithPortfolio(
  s: AnalyzedSentence,
  titleEnd: number,
  endingAt: Map<number, Mention>,
): Found | undefined {
  let of = titleEnd - 1;
  // "Minister of Mines and Energy Subroto": portfolios joined by "and".
  while (
    of >= titleEnd - 4 &&
    of > 0 &&
    (/^[A-Z]/.test(s.words[of]!) || (of < titleEnd - 1 && /^(and|&)$/.test(s.words[of]!)))
  )
    of--;
  if (of === titleEnd - 1 || s.words[of] !== "of") return undefined;
  const titleStart = titleStartBefore(s, of);
  const role = titleStart < of ? roleOf(s, titleStart, of) : undefined;
  if (!role) return undefined;
  return {
    title: joinTokens(s, titleStart, titleEnd),
    titleStart,
    role,
    owner: ownerEndingAt(s, titleStart, endingAt),
  };
}

/** "Russia's lead negotiator, Vladimir Medinsky": the title phrase just before a comma. */
function appositionBefore(
  s: AnalyzedSentence,
  nameStart: number,
  endingAt: Map<number, Mention>,
): Found | undefined {
  if (s.words[nameStart - 1] !== ",") return undefined;
  // "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino": skip the gloss.
  let end = nameStart - 1;
  if (s.words[end - 1] === ")") {
    const open = s.words.lastIndexOf("(", end - 1);
    if (open > 0) end = open;
  }
  const found = titleBefore(s, end, endingAt);
  return found?.owner ? found : undefined;
}

/** "Vladimir Medinsky, Russia's lead negotiator," or "Ursula von der Leyen, president of the Commission". */
function appositionAfter(
  s: AnalyzedSentence,
  nameEnd: number,
  startingAt: Map<number, Mention>,
): Found | undefined {
  if (s.words[nameEnd] !== ",") return undefined;
  let i = nameEnd + 1;
  // "Taft, the company's vice chairman": a description owner starts at its determiner.
  const described = startingAt.get(i);
  if (/^(the|a|an)$/i.test(s.words[i] ?? "") && described?.kind !== "nominal") i++;
  let owner: Mention | undefined;
  const lead = startingAt.get(i);
  if (lead && lead.type !== "PERSON") {
    owner = lead;
    i = lead.end;
    if (isPossessive(s.words[i] ?? "")) i++;
  }
  const titleStart = i;
  while (i < s.words.length && isTitleWord(s.words[i]!) && !startingAt.has(i)) i++;
  if (i === titleStart) return undefined;
  // "Belkacem Nabi, the official Algerian news agency APS said": a title word that goes on into a longer
  // description is an adjective of something else.
  // ("Exxon's senior vice president responsible for …" is a title all the same.)
  if (s.upos[i] === "NOUN" || (s.upos[i] === "ADJ" && /^(ADJ|NOUN)$/.test(s.upos[i + 1] ?? "")))
    return undefined;
  // "James Baker, West German Finance Minister Gerhard Stoltenberg and …": a title with a name after it is
  // the next person's.
  if (startingAt.get(i)?.type === "PERSON") return undefined;
  let role = roleOf(s, titleStart, i);
  if (!role) return undefined;
  let titleEnd = i;
  // "Khaled Al-Maeena, editor at large at the Saudi Gazette".
  if (/^at$/i.test(s.words[i] ?? "") && /^large$/i.test(s.words[i + 1] ?? "")) i += 2;
  const preposition = s.words[i]?.toLowerCase();
  // "Jones, an analyst at Smith Barney", "an economist with Chase Manhattan": the firm one works at.
  if (preposition === "at" || preposition === "with")
    owner = firmAt(s, i, startingAt, ["at", "with"]) ?? owner;
  // "the Taiwan manager of Standard Chartered Bank": the organisation after "of" owns the title, not the place.
  if (preposition === "of" || preposition === "for") {
    let j = i + 1;
    // "chairman of the project's panel": the described owner starts at "the".
    const describedOwner = startingAt.get(j);
    if (s.words[j]?.toLowerCase() === "the") j++;
    const complementEnd = startingAt.get(j)?.end;
    // "Margaret Thatcher, U.S. Secretary of State George Shultz and …": the title of the name after it.
    const next = startingAt.get(complementEnd ?? j + 1);
    if (next?.type === "PERSON" && /^\p{Lu}/u.test(next.text)) return undefined;
    // "chairman of Dallas-based Sabine": the seat before "-based" is not the owner; the name after it is.
    if (
      complementEnd !== undefined &&
      s.words[complementEnd] === "-" &&
      /^based$/i.test(s.words[complementEnd + 1] ?? "")
    )
      j = complementEnd + 2;
    owner = (describedOwner?.kind === "nominal" ? describedOwner : undefined) ?? startingAt.get(j) ?? owner;
    // "president of the cocoa trading firm Barretto Peat": the name after the description is the owner.
    const named = owner?.kind === "nominal" ? startingAt.get(owner.end) : undefined;
    if (named?.kind === "name" && named.type !== "PERSON") owner = named;
    const possessed = owner && possessedOrganization(s, owner, startingAt);
    // "head of Citicorp's individual banking division": one heads a part of the company, and works for it.
    if (owner && !possessed && possessesPart(s, owner.end)) role = "WORKS_FOR";
    owner = possessed ?? owner;
    // "Secretary of State": a capitalised complement that names no entity belongs to the title.
    if (!owner && preposition === "of" && /^[A-Z]/.test(s.words[j] ?? "")) titleEnd = j + 1;
  }
  // "undersecretary to the prime minister": the office one serves is part of the title ("ambassador to the
  // United Nations" names a body, and keeps its own; "adviser to the president of the Bank of Tokyo" serves
  // an office with an owner of its own, which the title alone would drop).
  if (!owner && preposition === "to" && /^the$/i.test(s.words[i + 1] ?? "")) {
    let k = i + 2;
    while (k < s.words.length && isTitleWord(s.words[k]!) && !startingAt.has(k)) k++;
    if (k > i + 2 && roleOf(s, i + 2, k) && !/^(of|for|at)$/i.test(s.words[k] ?? "")) titleEnd = k;
  }
  return { title: joinTokens(s, titleStart, titleEnd), titleStart, role, owner };
}

/**
 * The firm named after one of `preps` at `at`: "at Smith Barney", "with the Chase Manhattan Bank", "at
 * French sugar producer Beghin-Say" (the name after a description). The NER often types such a firm a
 * place ("Smith Barney"): a name of two words or more that is no country or capital is taken for one; "an
 * analyst at Frankfurt" names no employer.
 */
function firmAt(
  s: AnalyzedSentence,
  at: number,
  startingAt: Map<number, Mention>,
  preps: readonly string[],
): Mention | undefined {
  if (!preps.includes(s.words[at]?.toLowerCase() ?? "")) return undefined;
  let j = s.words[at + 1]?.toLowerCase() === "the" ? at + 2 : at + 1;
  // "French sugar producer Beghin-Say": past a demonym and common nouns to the name.
  const lead = startingAt.get(j);
  if (
    lead?.type === "PLACE" &&
    (lead.kind === "demonym" || lead.kind === "name") &&
    lead.end - lead.start === 1
  ) {
    let k = lead.end;
    while (k < s.words.length && s.upos[k] === "NOUN" && !startingAt.has(k)) k++;
    if (k > lead.end) j = k;
  }
  const firm = startingAt.get(j);
  if (firm === undefined) return undefined;
  const firmLike = firm.type === "PLACE" && !firm.country && firm.end - firm.start > 1;
  return firm.kind === "name" && (firm.type === "ORGANIZATION" || firmLike) ? firm : undefined;
}

/**
 * "president of Costa Rica's central bank", "executive vice president of its Worthen Bank and Trust Co
 * subsidiary": the organisation a possessive introduces owns the title, not the possessor. A company's
 * possessive hands it on only to a name ("chairman of Texaco's board" is Texaco's).
 */
function possessedOrganization(
  s: AnalyzedSentence,
  owner: Mention,
  startingAt: Map<number, Mention>,
): Mention | undefined {
  const pronoun = owner.kind === "pronoun" && /^(its|their)$/i.test(owner.text);
  if (!pronoun && !isPossessive(s.words[owner.end] ?? "")) return undefined;
  const possessed = startingAt.get(pronoun ? owner.end : owner.end + 1);
  if (possessed?.type !== "ORGANIZATION") return undefined;
  // "head of the union's General Motors bargaining unit": a name that only modifies the noun after it is not
  // what is possessed, unless that noun says it is a unit ("its Nabisco Brands unit"); nor is a name the NER
  // cut at "and" ("the U.S. Agriculture Department's Food and Consumer Services Division").
  const next = s.words[possessed.end] ?? "";
  if (/^(NNP?S?|VBG)$/.test(s.xpos[possessed.end] ?? "") && !unitWords.has(next.toLowerCase()))
    return undefined;
  if (/^(and|&)$/.test(next) && /^\p{Lu}/u.test(s.words[possessed.end + 1] ?? "")) return undefined;
  return owner.type === "PLACE" || possessed.kind === "name" ? possessed : undefined;
}

/** Nouns for a part of an organisation that a title can be the head of. */
const partNouns = new Set([
  ...unitWords,
  "department",
  "branch",
  "office",
  "operations",
  "sector",
  "business",
  "group",
]);

/**
 * Whether "'s" at `at` begins a common-noun phrase for a part of the owner: "Citicorp's individual banking
 * division", "the bank's foreign exchange department" (not a name, which `possessedOrganization` takes).
 */
function possessesPart(s: AnalyzedSentence, at: number): boolean {
  if (!isPossessive(s.words[at] ?? "")) return false;
  for (let k = at + 1; k < Math.min(s.words.length, at + 6); k++) {
    if (partNouns.has(s.words[k]!.toLowerCase())) return s.upos[k] === "NOUN";
    if (!/^(ADJ|NOUN|VERB)$/.test(s.upos[k]!) || /^\p{Lu}/u.test(s.words[k]!)) return false;
  }
  return false;
}

/** "CEO of the Refugee Council Enver Solomon": the title, "of", the owner, then the name. */
function titleOfOwner(
  s: AnalyzedSentence,
  nameStart: number,
  endingAt: Map<number, Mention>,
): Found | undefined {
  let owner = endingAt.get(nameStart);
  if (!owner || owner.type === "PERSON") return undefined;
  // "the president of the Lombardy region": the name before the description owns the title.
  const named = owner.kind === "nominal" ? endingAt.get(owner.start) : undefined;
  if (named?.kind === "name" && named.type !== "PERSON") owner = named;
  let j = owner.start - 1;
  if (s.words[j]?.toLowerCase() === "the") j--;
  if (s.words[j]?.toLowerCase() !== "of") return undefined;
  const titleEnd = j;
  const titleStart = titleStartBefore(s, titleEnd);
  if (titleStart >= titleEnd) return undefined;
  const role = roleOf(s, titleStart, titleEnd);
  return role ? { title: joinTokens(s, titleStart, titleEnd), titleStart, role, owner } : undefined;
}

/** Where the run of title words ending just before `end` starts ("lead negotiator", "Prime Minister"). */
function titleStartBefore(s: AnalyzedSentence, end: number): number {
  let i = end - 1;
  // "Transport Secretary John Moore": a capitalised portfolio right before a title word is part of it,
  // unless it continues a name ("U.S. Treasury Secretary", where the owner is found below).
  const titleWord = (k: number): boolean =>
    isTitleWord(s.words[k]!) ||
    (k < end - 1 &&
      /^\p{Lu}\p{Ll}+$/u.test(s.words[k]!) &&
      portfolios.has(s.words[k]!.toLowerCase()) &&
      !/^I-/.test(s.ner[k] ?? ""));
  while (i >= 0 && titleWord(i) && !honorifics.has(s.words[i]!.toLowerCase())) {
    // "World Bank President Barber Conable": a modifier that continues an organisation's or place's name
    // belongs to the owner, not to the title — except a portfolio ("U.K. Defence Secretary", the NER's
    // place running into it).
    if (i < end - 1 && /^I-(ORG|LOC)$/.test(s.ner[i] ?? "") && !portfolios.has(s.words[i]!.toLowerCase()))
      break;
    i--;
  }
  return i + 1;
}

/**
 * "former presidential National Security Advisor John Poindexter": "former" may stand a few adjectives and
 * name words before the title words themselves.
 */
function formerBefore(s: AnalyzedSentence, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    if (/^(former|ex)$/i.test(s.words[k]!)) return true;
    if (!/^(JJ|NNP|NNPS|HYPH)$/.test(s.xpos[k]!)) return false;
  }
  return false;
}

function roleOf(s: AnalyzedSentence, start: number, end: number): RolePredicate | undefined {
  const head = s.words[end - 1]!.toLowerCase();
  const role = roleTitles[head];
  if (!role) return undefined;
  const modifiers = s.words.slice(start, end - 1).map((w) => w.toLowerCase());
  if (head === "minister" && modifiers.includes("prime")) return "LEADER_OF";
  // A vice chairman or deputy leader is an officer, not the leader.
  if (role === "LEADER_OF" && modifiers.some((w) => /^(vice|deputy|assistant|co)$/.test(w)))
    return "OFFICIAL_OF";
  return role;
}

/** The organisation or state whose title it is; a person (or "his") for kin ("his wife", "Thomas' sister"). */
function ownerEndingAt(
  s: AnalyzedSentence,
  titleStart: number,
  endingAt: Map<number, Mention>,
  kin = false,
): Mention | undefined {
  const fits = (m: Mention | undefined): m is Mention =>
    m !== undefined && (kin ? m.type === "PERSON" : m.type !== "PERSON");
  const direct = endingAt.get(titleStart);
  if (fits(direct)) return direct;
  if (titleStart > 0 && isPossessive(s.words[titleStart - 1]!)) {
    const owner = endingAt.get(titleStart - 1);
    if (fits(owner)) return owner;
  }
  return undefined;
}

const partyName =
  /(Party|Conservatives|Tories|Democrats|Republicans|Socialists|Liberals|Labour|Labor|Likud)$/;

/** "Margaret Thatcher's Conservatives": a politician's party is the party they lead. */
function partyOf(s: AnalyzedSentence, person: Mention, startingAt: Map<number, Mention>): Found | undefined {
  if (!isPossessive(s.words[person.end] ?? "")) return undefined;
  const party = startingAt.get(person.end + 1);
  if (!party || party.type !== "ORGANIZATION" || !partyName.test(party.text)) return undefined;
  return { title: s.words[person.end]!, titleStart: person.end, role: "LEADER_OF", owner: party };
}

/** "Belgian Willy de Clercq": a demonym right before a name, with no title between, is a nationality. */
function nationality(
  s: AnalyzedSentence,
  nameStart: number,
  endingAt: Map<number, Mention>,
): Found | undefined {
  const demonym = endingAt.get(nameStart);
  if (demonym?.kind !== "demonym") return undefined;
  return { title: demonym.text, titleStart: demonym.start, role: "NATIONAL_OF", owner: demonym };
}
