import type { EntityType } from "../extraction";
import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { spansOfTags } from "../ner/ner-spans";
import type { EntitySpan } from "../ner/ner-tag";
import { withUnseenNames } from "./unseen-names";
import { withListedCompanies } from "./with-listed-companies";
import { withParenthesizedNames } from "./with-parenthesized-names";
import { withInstitutionNames } from "./institution-names";
import { spanCover, withAddedSpans } from "./with-added-spans";
import type { Knowledge } from "./knowledge";
import { nameBeforeTicker, tickerAfter } from "./ticker-after";
import type { Mention } from "./mention";
import { definiteDeterminers, nominalClasses } from "./nominal-classes";
import { companySuffix, endsFirmName } from "./company-suffix";
import { withTrailingLegalForms } from "./with-trailing-legal-forms";
import { placeAfterCompany, withCompanyPlaces } from "./company-places";
import { joinTokens } from "./join-tokens";
import { isPossessive } from "./is-possessive";
import { withDemonymCompanies } from "./demonym-companies";
import { withInstitutionCountries } from "./institution-countries";
import { stateAfterOf, stateInstitution, stateNamer } from "./state-institution";
import { honorifics, personOnlyTitles, portfolios, roleTitles, titleModifiers } from "./role-titles";

export { isPossessive } from "./is-possessive";
export { joinTokens } from "./join-tokens";

const eventWords =
  /\b(war|summit|olympics|games|cup|election|elections|conference|championship|festival|talks|crisis|revolution)\b/i;
const personPronouns = new Set(["he", "she", "him", "her", "his", "hers"]);
const thingPronouns = new Set(["it", "its"]);
/** Times, events and things: never a person, organisation or place, even when a parse puts them beside a name. */
const nonEntityNouns = new Set([
  "minute",
  "hour",
  "day",
  "week",
  "month",
  "year",
  "time",
  "season",
  "match",
  "game",
  "event",
  "festival",
  "competition",
  "championship",
  "tournament",
  "study",
  "program",
  "programme",
  "browser",
  "word",
  "thing",
  "way",
  "number",
  "percent",
  "lot",
  "part",
  "kind",
  "sort",
  "end",
  "start",
  "record",
  "result",
]);
const groupNouns = new Set(["countries", "sides", "nations", "states", "governments", "parties"]);

/**
 * Finds the mentions of one sentence: named entities from the NER tags (cleaned of titles and
 * honorifics, typed with the gazetteers), pronouns, demonyms, and role descriptions such as
 * "the Ukrainian leader". `nextId` numbers mentions across the article.
 */
const creditRating = /^(AAA|AA|A|BBB|BB|B|CCC|CC|C|D|Aaa|Aa|Baa|Ba|Caa|Ca)([-+]|-?[1-3]|-(plus|minus))?$/;

const weekday = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const month = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A month or weekday: set off before a name, it says when, and is no part of the name. */
export function isDateWord(word: string): boolean {
  return month.test(word) || weekday.test(word);
}

/** A title's abbreviation, a unit or a party-state code the tagger took for a whole name: "St.", "Dlrs", "R-Minn". */
const notAName =
  /^(St|Mt|Ft|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sen|Rep|Gov|Dlrs?|Pct|Mln|Stg|Cts|[RDI]-[A-Z][a-z]+)\.?$/i;

export function findMentions(s: AnalyzedSentence, knowledge: Knowledge, nextId: () => number): Mention[] {
  const mentions: Mention[] = [];
  const covered = new Uint8Array(s.words.length);
  let taken = 0;
  const named = withFirmNames(
    s,
    withCompanyPlaces(
      s,
      knowledge,
      withSaintNames(
        s,
        withHonorificNames(
          s,
          withInstitutionNames(
            s,
            withUnseenNames(
              s,
              withParenthesizedNames(
                s,
                withListedCompanies(s, withTrailingLegalForms(s, spansOfTags(s.ner))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const joined = joinConjoinedCompanies(
    s,
    withSuspendedCompounds(
      s,
      withPossessiveNames(s, withInitialPairs(s, withDemonymCompanies(s, named, knowledge))),
    ),
    knowledge,
  );
  const partnerships = withParticleNames(
    s,
    withPartnershipNames(s, withBareSuffixes(s, joined), knowledge),
  ).filter(
    // A bare suffix no partners took up stays out: "Bell and Co." with "Bell" a person names no company "Co.".
    (sp) => !(sp.end - sp.start === 1 && s.ner[sp.start] === "O" && bareSuffix.test(s.words[sp.start]!)),
  );
  for (const span of partnerships) {
    if (span.start < taken) continue;
    let start = span.start;
    let end = span.end;
    // "Kim Jong-un", "Khaled Al-Maeena": the tokenizer splits at the hyphen and the tagger may stop there.
    // Not before a participle or adjective: "the Lyons-based unit" names Lyons, and nothing "Lyons-based".
    let joinedType: EntitySpan["type"] | undefined;
    while (
      s.words[end] === "-" &&
      attached(s, end - 1, end) &&
      attached(s, end, end + 1) &&
      /^\p{L}/u.test(s.words[end + 1] ?? "") &&
      !(/^\p{Ll}/u.test(s.words[end + 1] ?? "") && /^(VB|JJ)/.test(s.xpos[end + 1] ?? ""))
    ) {
      end += 2;
      // "Texas-New Mexico Power Co": the name after the hyphen may be a span of its own; it ends the name.
      // A person's double-barrelled surname keeps the person's type ("Robin Leigh-Pemberton").
      if (s.ner[end - 1]?.startsWith("B-")) {
        if (s.ner[end - 1] === "B-ORG") joinedType = "ORG";
        while (s.ner[end]?.startsWith("I-") && !placeAfterCompany(s, span.start, end, knowledge)) end++;
      }
    }
    // "Systems 4 Inc": the tagger stops at a number inside a company's name.
    while (/^\d+$/.test(s.words[end] ?? "") && /^(Inc|Corp|Co|Ltd|Plc)\.?$/.test(s.words[end + 1] ?? ""))
      end += 2;
    taken = end;
    // "the Higher Labour Court Saturday ruled": a weekday after a name is when, not who.
    while (
      end > start &&
      ((isPossessive(s.words[end - 1]!) && !possessiveName(s, end)) ||
        /^[>)\]]$/.test(s.words[end - 1]!) ||
        // "guaranteed by the Sumitomo Bank Ltd. REUTER": Reuters' sign-off after a name ending a story.
        (end - 1 > start && s.words[end - 1] === "REUTER") ||
        (end - 1 > start && weekday.test(s.words[end - 1]!)))
    )
      end--;
    // Reuters marks unlisted companies "<Systems 4 Inc>"; the brackets are not part of the name.
    while (start < end && /^[<([]$/.test(s.words[start]!)) start++;
    // A bracket inside a span: "Dart Group <DARTA" ends before the stock symbol; "European <Airbus
    // Industrie" is the bracketed name.
    const bracket = s.words.slice(start, end).indexOf("<");
    if (bracket > 0) {
      if (tickerAfter(s, start + bracket)) end = start + bracket;
      else start += bracket + 1;
    }
    // "Premier Zhao (Ziyang) has …": a gloss in round brackets is not part of the name before it.
    // ("GMAC (Australia) Finance Ltd" goes on to its legal form after the brackets: one name.)
    const gloss = s.words.slice(start, end).indexOf("(");
    const lastWord = s.words[end - 1]!;
    if (gloss > 0 && !endsFirmName(lastWord)) end = start + gloss;
    // "Although Public Service recently received": a subordinator opening the sentence is not in the name.
    while (
      start < end &&
      /^(the|a|an|although|though|while|because|since|when|after|before|if|unless|whereas)$/i.test(
        s.words[start]!,
      ) &&
      s.words[start + 1] !== "and"
    )
      start++;
    // "Nor-Quest Resources": the hyphenated first word the tagger cut in half.
    while (
      s.words[start - 1] === "-" &&
      attached(s, start - 2, start - 1) &&
      attached(s, start - 1, start) &&
      /^\p{Lu}/u.test(s.words[start - 2] ?? "")
    )
      start -= 2;
    if (span.type === "ORG") {
      start = partnersBefore(s, start, end, covered);
      start = particleNameStart(s, start, covered);
      start = omittedFirstWord(s, start, end, covered);
    }
    // "State Department Spokesperson" tagged as one organisation: the person's title is not part of its name.
    if (span.type === "ORG" || span.type === "MISC") {
      while (end - 1 > start && personOnlyTitles.has(s.words[end - 1]!.toLowerCase())) end--;
    }
    // "Minister of Education Stefania Giannini", often tagged an organisation whole: the portfolio is the
    // title's, and the rest names the person.
    let type = joinedType ?? span.type;
    if (s.words[start - 1] === "of" && isTitleWord(s.words[start - 2] ?? "")) {
      const from = start;
      // "Minister of Mines and Energy Subroto": portfolios joined by "and" are one.
      while (
        start < end - 1 &&
        (portfolios.has(s.words[start]!.toLowerCase()) ||
          (/^(and|&)$/.test(s.words[start]!) && portfolios.has(s.words[start + 1]?.toLowerCase() ?? "")))
      )
        start++;
      if (start > from) type = "PER";
    }
    if (type === "PER") {
      while (start < end - 1 && isTitleWord(s.words[start]!)) start++;
      // "the State Department Spokesperson": a capitalised title alone names no one.
      if (end - start === 1 && roleTitles[s.words[start]!.toLowerCase()]) continue;
    }
    if (start >= end) continue;
    // "damages paid by Republic of Iran" tagged as two places: the state's kind is no name of its own; the
    // argument rules read "Republic of Iran" as Iran.
    if (
      end - start === 1 &&
      /^(Republic|Kingdom|Sultanate|Emirate|Principality)$/.test(s.words[start]!) &&
      s.words[end] === "of" &&
      /LOC/.test(s.ner[end + 1] ?? "")
    )
      continue;
    // "Supermarkets General <SGL>": the symbol is the company before it, not a name of its own.
    const previous = mentions[mentions.length - 1];
    const ticker = previous?.kind === "name" ? tickerAfter(s, previous.end) : undefined;
    if (ticker && start >= ticker.from && end <= ticker.to) continue;
    // A symbol after capitalised words the NER left out names them: "to buy Supermarkets General <SGL>".
    const own = s.words[start - 1] === "<" ? tickerAfter(s, start - 1) : undefined;
    if (own && end <= own.to) {
      const named = nameBeforeTicker(s, own.from);
      if (named === undefined || covered.subarray(named, own.from).includes(1)) continue;
      start = named;
      end = own.from;
      type = "ORG";
    }
    // "European Community officials" with only "European" tagged, "Standard" of "Standard and Poor's",
    // "General Agreement" of the General Agreement on Tariffs and Trade: a known organisation's name runs on.
    for (let k = 1; k <= 6 && /^(\p{Lu}|and$|of$|on$|for$|['’]s$)/u.test(s.words[end + k - 1] ?? ""); k++) {
      if (!knowledge.organization(joinTokens(s, start, end + k))) continue;
      end += k;
      taken = Math.max(taken, end);
      type = "ORG";
      break;
    }
    // "West German", "South Korean": the NER often tags the demonym or name without its compass word.
    if (
      /^(West|East|North|South)$/.test(s.words[start - 1] ?? "") &&
      start - 1 >= (mentions.at(-1)?.end ?? 0) &&
      knowledge.country(joinTokens(s, start - 1, end))
    )
      start--;
    const text = joinTokens(s, start, end);
    // Only listed companies carry a stock symbol: "Prentice Hall <PH>" is no place.
    const mention = typeName(text, tickerAfter(s, end) && !knowledge.country(text) ? "ORG" : type, knowledge);
    if (!mention) continue;
    // "Western", "European": adjectives that name no one.
    if (mention.type === "MISC" && end - start === 1 && s.upos[start] === "ADJ") continue;
    // "Allegedly, Thomas' sister …": a sentence adverb the tagger took for a name.
    if (end - start === 1 && s.upos[start] === "ADV" && /ly$/.test(s.words[start]!)) continue;
    // Reuters' sign-off at the end of a story, and credit ratings ("cut to CCC from B-minus", "Aaa").
    if (text === "REUTER" || creditRating.test(text) || notAName.test(text)) continue;
    const institution =
      mention.type === "ORGANIZATION" ? stateInstitution(text, stateNamer(knowledge)) : undefined;
    const nested =
      mention.type === "ORGANIZATION" || mention.type === "MISC"
        ? nestedCountry(s, start, end, knowledge)
        : undefined;
    const stateInName =
      mention.type === "ORGANIZATION"
        ? (stateAfterOf(text, stateNamer(knowledge)) ?? nested?.country)
        : undefined;
    mentions.push({
      id: nextId(),
      sentence: s.index,
      start,
      end,
      head: headOf(s, start, end),
      text,
      ...mention,
      ...(institution ? { institution } : {}),
      ...(stateInName ? { stateInName } : {}),
    });
    covered.fill(1, start, end);
    if (nested) mentions.push({ ...nested, id: nextId() });
  }
  for (let i = 0; i < s.words.length; i++) {
    if (covered[i]) continue;
    const lower = s.words[i]!.toLowerCase();
    if (s.upos[i] === "PRON" && personPronouns.has(lower)) {
      mentions.push(single(s, i, nextId(), "pronoun", "PERSON", { pronoun: "person" }));
    } else if (s.upos[i] === "PRON" && thingPronouns.has(lower)) {
      mentions.push(single(s, i, nextId(), "pronoun", "ORGANIZATION", { pronoun: "thing" }));
    } else if (s.upos[i] === "PRON" && (lower === "they" || lower === "their" || lower === "them")) {
      mentions.push(single(s, i, nextId(), "pronoun", "PLACE", { pronoun: "group" }));
    } else if (groupNouns.has(lower) && /^(both|two)$/i.test(s.words[i - 1] ?? "")) {
      const start = s.words[i - 2]?.toLowerCase() === "the" ? i - 2 : i - 1;
      mentions.push({
        ...single(s, i, nextId(), "group", "PLACE", {}),
        start,
        text: joinTokens(s, start, i + 1),
      });
    } else if (
      s.upos[i] === "NOUN" &&
      roleTitles[lower] &&
      s.words[i - 1] &&
      roleDescription(s, i, knowledge, covered)
    ) {
      mentions.push(roleDescription(s, i, knowledge, covered)!(nextId()));
    } else if (s.upos[i] === "NOUN" || capitalisedTitle(s, i)) {
      const nominal = definiteNominal(s, i, covered);
      if (nominal) mentions.push({ ...nominal, id: nextId() });
    }
  }
  return withInstitutionCountries(
    s,
    completeEllipsis(s, mentions, knowledge).sort((a, b) => a.start - b.start),
  );
}

/**
 * "The President later took action": news capitalises a title standing for its holder, and the tagger then
 * calls it a name; after "the" with no name of its own it is the same description as "the president".
 */
function capitalisedTitle(s: AnalyzedSentence, i: number): boolean {
  const kids = s.children[i] ?? [];
  return (
    s.upos[i] === "PROPN" &&
    roleTitles[s.words[i]!.toLowerCase()] !== undefined &&
    kids.some((k) => k === i - 1 && s.deprels[k] === "det" && /^the$/i.test(s.words[k]!)) &&
    !kids.some((k) => /^(flat|appos|compound)$/.test(s.deprels[k]!))
  );
}

/**
 * Where a company named after its founders begins when the NER tagged only its last part: "Evans and
 * Sutherland", "Sears, Roebuck and Co". Capitalised words the NER left untagged run on before the name when
 * joined by "and" (or by a comma, when the name itself joins with "and"); a tagged word is a name of its own
 * ("Chrysler and Renault").
 */
function partnersBefore(s: AnalyzedSentence, start: number, end: number, covered: Uint8Array): number {
  // "Cutrale and Citrosuco had sent": two one-word names are two companies.
  if (end - start < 2) return start;
  const joined = s.words.slice(start, end).some((w) => w === "and" || w === "&");
  let k = start;
  while (k >= 2) {
    const joiner = s.words[k - 1]!;
    const word = k - 2;
    if (!(joiner === "and" || joiner === "&" || (joiner === "," && joined))) break;
    // A sentence's first word is capitalised whatever it is, a proper noun too ("Analysts and …"); set off by
    // a comma before a name that joins with "and", it opens the name ("Sears, Roebuck and Co", the tagger
    // reading "Sears" as a plural noun).
    const opening =
      word === 0 &&
      joiner === "," &&
      /^\p{Lu}\p{L}+$/u.test(s.words[0]!) &&
      /^(NOUN|PROPN)$/.test(s.upos[0]!);
    if (!(opening || (word > 0 && partnerWord(s, word))) || s.ner[word] !== "O" || covered[word]) break;
    if (isDateWord(s.words[word]!)) break;
    k = word;
  }
  return k;
}

const nameParticle = /^(di|de|del|della|do|da|dos|das|des|du|von|van)$/;

/** "Banco di Sicilia International SA" tagged as two organisations around "di": one name. */
function withParticleNames(s: AnalyzedSentence, spans: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const span of spans) {
    const previous = out.at(-1);
    if (
      previous?.type === "ORG" &&
      span.type === "ORG" &&
      previous.end === span.start - 1 &&
      nameParticle.test(s.words[previous.end]!)
    ) {
      out[out.length - 1] = { start: previous.start, end: span.end, type: "ORG" };
      continue;
    }
    out.push(span);
  }
  return out;
}

/**
 * "Banco di Sicilia International SA" with only "Sicilia International SA" tagged: capitalised words the NER
 * left untagged before a Romance or Germanic particle ("di", "do", "del", "des", "von") open the name.
 */
function particleNameStart(s: AnalyzedSentence, start: number, covered: Uint8Array): number {
  if (!nameParticle.test(s.words[start - 1] ?? "")) return start;
  let k = start - 1;
  while (
    k > 0 &&
    start - 1 - k < 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(s.words[k - 1]!) &&
    s.ner[k - 1] === "O" &&
    !covered[k - 1] &&
    !month.test(s.words[k - 1]!)
  )
    k--;
  return k < start - 1 ? k : start;
}

/** Professions a story puts before a firm's name: "Underwriter Moseley Holding Corp", "Stockbroker Ord Minnett". */
const professions =
  /^(under|stock|ship)?(writer|broker|dealer|trader|arranger|manager|adviser|advisor|analyst|lender|insurer|investor)s?$/i;

/**
 * "The May Department Stores Co said": the NER leaves out a first word that is also a month or a common word;
 * after "the", a capitalised proper noun right before a company's name is part of it; so is a sentence's
 * first word before a company's or bank's name ("Home Intensive Care Inc said", "Commonwealth Savings and
 * Loan Association said").
 */
function omittedFirstWord(s: AnalyzedSentence, start: number, end: number, covered: Uint8Array): number {
  const word = start - 1;
  // Not a profession ("Underwriter Moseley Holding Corp said") nor before a bracketed name.
  if (professions.test(s.words[word] ?? "") || s.words[start] === "<") return start;
  const opening = word === 0 && /^(Association|Bank)$/.test(s.words[end - 1]!);
  return (endsFirmName(s.words[end - 1]!) || opening) &&
    (/^the$/i.test(s.words[word - 1] ?? "") || word === 0) &&
    s.xpos[word] === "NNP" &&
    s.ner[word] === "O" &&
    !covered[word] &&
    /^\p{Lu}\p{Ll}+$/u.test(s.words[word]!)
    ? word
    : start;
}

/** "North and South Korea": the first conjunct borrows the second's last word when that names a state. */
function completeEllipsis(s: AnalyzedSentence, mentions: Mention[], knowledge: Knowledge): Mention[] {
  return mentions.map((m) => {
    if (m.kind !== "name" || m.end - m.start !== 1 || !/^(and|or)$/.test(s.words[m.end] ?? "")) return m;
    const next = mentions.find((n) => n.start === m.end + 1 && n.country && n.end - n.start > 1);
    if (!next) return m;
    const country = knowledge.country(`${m.text} ${s.words[next.end - 1]!}`);
    if (!country || country.matchedAs === "demonym" || country.matchedAs === "capital") return m;
    return { ...m, kind: "name", type: "PLACE", country: country.name, isCapital: false };
  });
}

/**
 * "the team", "this country", "the Afghan ambassador": a definite noun phrase that may refer back to a
 * named entity. Its type comes from the head noun's class, or is left to resolution (a repeated head:
 * "the project" after "the Flag Consideration Project").
 */
function definiteNominal(
  s: AnalyzedSentence,
  i: number,
  covered: Uint8Array,
): Omit<Mention, "id"> | undefined {
  const kids = s.children[i] ?? [];
  const lower = s.words[i]!.toLowerCase();
  const cls = nominalClasses[lower] ?? nominalClasses[lower.replace(/(?<=[^s])s$/, "")];
  const det = kids.find((k) => k < i && s.deprels[k] === "det");
  const definite = det !== undefined && definiteDeterminers.has(s.words[det]!.toLowerCase());
  // Any definite noun may repeat an earlier name's head ("the project"); a noun predicated of a name ("Warhol
  // was an artist", "Mehraban, coach of the team") refers to it whatever its class; other nouns need a class.
  if (!cls && !definite && !predicatedOfName(s, i, covered)) return undefined;
  if (!cls && nonEntityNouns.has(lower.replace(/(?<=[^s])s$/, ""))) return undefined;
  const left = kids.filter((k) => k < i && ["det", "amod", "compound", "nummod"].includes(s.deprels[k]!));
  let start = Math.min(i, ...left);
  // "the Afghan team": the demonym is a mention of its own; the description starts after it.
  for (let k = start; k < i; k++) if (covered[k]) start = k + 1;
  // "Costa Rica's central bank": the possessor's mark belongs to the possessor, not to the description.
  while (start < i && isPossessive(s.words[start]!)) start++;
  if (covered[i]) return undefined;
  return {
    sentence: s.index,
    start,
    end: i + 1,
    head: i,
    text: joinTokens(s, start, i + 1),
    kind: "nominal",
    type: cls ?? "MISC",
    ...(definite ? {} : { indefinite: true }),
  };
}

/** "X, an artist" or "X is an artist", where X is a name found by the NER. */
function predicatedOfName(s: AnalyzedSentence, i: number, covered: Uint8Array): boolean {
  if (s.deprels[i] === "appos") return covered[s.heads[i]!] === 1;
  const kids = s.children[i] ?? [];
  return (
    kids.some((k) => s.deprels[k] === "cop") && kids.some((k) => s.deprels[k] === "nsubj" && covered[k] === 1)
  );
}

/** "United States Navy", "US State Department": the state named at the start of an organisation's name. */
function nestedCountry(
  s: AnalyzedSentence,
  start: number,
  end: number,
  knowledge: Knowledge,
): Omit<Mention, "id"> | undefined {
  for (let len = Math.min(3, end - start - 1); len >= 1; len--) {
    const text = joinTokens(s, start, start + len);
    const country = knowledge.country(text);
    if (!country || country.matchedAs === "demonym" || country.matchedAs === "capital") continue;
    return {
      sentence: s.index,
      start,
      end: start + len,
      head: start + len - 1,
      text,
      kind: "name",
      type: "PLACE",
      country: country.name,
      nested: true,
    };
  }
  return undefined;
}

type Typed = Pick<Mention, "kind" | "type" | "country" | "isCapital" | "canonical">;

function typeName(text: string, nerType: string, knowledge: Knowledge): Typed | undefined {
  const country = knowledge.country(text);
  const countryLike = country && (country.matchedAs === "common" || country.matchedAs === "capital");
  if (
    country &&
    (nerType === "LOC" || nerType === "ORG" || nerType === "MISC" || (nerType === "PER" && countryLike))
  ) {
    if (country.matchedAs === "demonym") return { kind: "demonym", type: "PLACE", country: country.name };
    return {
      kind: "name",
      type: "PLACE",
      country: country.name,
      isCapital: country.matchedAs === "capital",
    };
  }
  const organization = nerType === "ORG" || nerType === "MISC" ? knowledge.organization(text) : undefined;
  if (organization) return { kind: "name", type: "ORGANIZATION", canonical: organization.name };
  // "Damon Labs currently tests …": no person's name ends in "Labs" or "Corp", whatever the NER says.
  const last = text.split(/\s+/).pop()!;
  const firmWord = nerType === "PER" && endsFirmName(last);
  const type: EntityType =
    nerType === "PER" && !firmWord
      ? "PERSON"
      : nerType === "ORG" || firmWord
        ? "ORGANIZATION"
        : nerType === "LOC"
          ? "PLACE"
          : eventWords.test(text)
            ? "EVENT"
            : "MISC";
  return { kind: "name", type };
}

/** "the Ukrainian leader", "Russia's president": a role noun tied to a country, without a name. */
function roleDescription(
  s: AnalyzedSentence,
  i: number,
  knowledge: Knowledge,
  covered: Uint8Array,
): ((id: number) => Mention) | undefined {
  if (s.words[i + 1] && /^[A-Z]/.test(s.words[i + 1]!) && s.upos[i + 1] === "PROPN") return undefined;
  const role = roleTitles[s.words[i]!.toLowerCase()]!;
  for (const c of s.children[i] ?? []) {
    const rel = s.deprels[c]!;
    if (rel !== "amod" && rel !== "nmod:poss" && rel !== "compound") continue;
    const country = knowledge.country(s.words[c]!);
    if (!country) continue;
    const start = Math.min(c, i);
    // "Belgian Willy de Clercq, EC Commissioner": a name in between means the country is not the role's.
    if (covered.subarray(start + 1, i).some((x) => x === 1)) continue;
    return (id) => ({
      id,
      sentence: s.index,
      start,
      end: i + 1,
      head: i,
      text: joinTokens(s, start, i + 1),
      kind: "description",
      type: "PERSON",
      description: { role, country: country.name },
    });
  }
  return undefined;
}

function single(
  s: AnalyzedSentence,
  i: number,
  id: number,
  kind: Mention["kind"],
  type: EntityType,
  extra: Partial<Mention>,
): Mention {
  return { id, sentence: s.index, start: i, end: i + 1, head: i, text: s.words[i]!, kind, type, ...extra };
}

/** "Mr Key promoted …": a capitalised word after Mr, Mrs, Ms or Dr is a person even when the NER missed it. */
function withHonorificNames(s: AnalyzedSentence, spans: EntitySpan[]): EntitySpan[] {
  const taggedAt = spanCover(spans, s.words.length);
  const added: EntitySpan[] = [];
  for (let i = 0; i + 1 < s.words.length; i++) {
    if (!/^(mr|mrs|ms|dr)\.?$/i.test(s.words[i]!) || taggedAt[i + 1]) continue;
    let end = i + 1;
    while (
      end < s.words.length &&
      !taggedAt[end] &&
      s.upos[end] === "PROPN" &&
      /^\p{Lu}/u.test(s.words[end]!)
    )
      end++;
    if (end > i + 1) added.push({ start: i + 1, end, type: "PER" });
  }
  return withAddedSpans(spans, added);
}

/**
 * "S and P said", "A and W Brands Inc", "AT and T": companies known by initials joined by "and", which the
 * NER misses or cuts. Not share classes ("class A and B shares").
 */
function withInitialPairs(s: AnalyzedSentence, spans: EntitySpan[]): EntitySpan[] {
  const initials = /^[A-Z]{1,2}$/;
  let out = spans;
  for (let i = 0; i + 2 < s.words.length; i++) {
    if (!initials.test(s.words[i]!) || s.words[i + 1] !== "and" || !initials.test(s.words[i + 2]!)) continue;
    if (/^(class|series|grades?|tranches?)$/i.test(s.words[i - 1] ?? "")) continue;
    if (/^(shares|stock|notes|bonds|units|warrants|preferred|common)$/i.test(s.words[i + 3] ?? "")) continue;
    // "A and W Brands Inc": a name the NER found right after the pair, or over it, belongs to it.
    const after = out.find((sp) => (sp.start <= i + 2 && sp.end > i + 2) || sp.start === i + 3);
    const end = Math.max(i + 3, after?.end ?? 0);
    out = [...out.filter((sp) => sp.end <= i || sp.start >= end), { start: i, end, type: "ORG" as const }];
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "Moody's said", "Scott's said": a possessive ending a company's name, when a verb follows it rather than
 * anything it could possess. `end` is the token after the possessive.
 */
function possessiveName(s: AnalyzedSentence, end: number): boolean {
  return /^(VERB|AUX)$/.test(s.upos[end] ?? "") && /^\p{Lu}\p{Ll}/u.test(s.words[end - 2] ?? "");
}

/**
 * "lead manager J. Henry Schroder Wagg and Co Ltd said": a person's name run into a company's is the
 * company's (firms are named after people).
 */
function withFirmNames(s: AnalyzedSentence, spans: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const sp of spans) {
    const previous = out[out.length - 1];
    if (
      previous?.type === "PER" &&
      previous.end === sp.start &&
      sp.type === "ORG" &&
      companySuffix.test(s.words[sp.end - 1]!)
    ) {
      out[out.length - 1] = { start: previous.start, end: sp.end, type: "ORG" };
    } else out.push(sp);
  }
  return out;
}

/** "St. Joseph Light and Power Corp", "St. Louis": the NER leaves "St." out or alone; it starts the name. */
function withSaintNames(s: AnalyzedSentence, spans: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const sp of spans) {
    const saint = /^(St|Ste|Saint)\.?$/.test(s.words[sp.start - 1] ?? "") ? sp.start - 1 : -1;
    const previous = out[out.length - 1];
    if (saint >= 0 && previous && previous.start === saint && previous.end === sp.start) out.pop();
    else if (saint >= 0 && previous && previous.end > saint) {
      out.push(sp);
      continue;
    }
    out.push(saint >= 0 ? { ...sp, start: saint } : sp);
  }
  return out;
}

/**
 * "Scott's said", "Standard and Poor's said": the NER leaves out the possessive of such a company's name.
 * A place's is its economy or position ("while China's is huge"), never a company.
 */
function withPossessiveNames(s: AnalyzedSentence, spans: EntitySpan[]): EntitySpan[] {
  return spans.map((sp) =>
    sp.type !== "LOC" && isPossessive(s.words[sp.end] ?? "") && possessiveName(s, sp.end + 1)
      ? { start: sp.start, end: sp.end + 1, type: "ORG" }
      : sp,
  );
}

/**
 * Lines of business that companies are named after, in pairs: "Minerals and Chemicals", "Oil and Gas",
 * "Finance and Trade", "Mortgage and Housing", "Fire and Casualty".
 */
const industryWords =
  /^(Minerals|Chemicals?|Oil|Gas|Electric|Power|Light|Mines|Mining|Resources|Steel|Metals|Paper|Products|Foods?|Securities|Trust|Savings|Loan|Exploration|Development|Energy|Water|Telephone|Telegraph|Electronics|Engineering|Construction|Insurance|Investments?|Finance|Manufacturing|Industries|Industry|Refining|Marketing|Shipping|Transport|Trade|Trading|Commerce|Housing|Mortgage|Realty|Land|Fire|Casualty|Life|Plastics|Aluminum|Aluminium|Rubber|Textiles?|Television|Communications|Entertainment|Leasing|Services)$/;

/** Words that open the rest of a firm named after a person: "Alan B. Slifka and Co", "A.G. Edwards and Sons". */
const partnerTail = /^(Co|Co\.|Company|Sons|Son|Associates|Partners|Cie)$/;

/**
 * "Procter and Gamble Co", "Gulf and Western Inc", "Standard and Poor's Corp": a company named after two
 * words joined by "and", which the tagger splits or cuts. Joined only when the left word is not itself an
 * organisation ("Ford and General Motors Corp" are two companies).
 */
function joinConjoinedCompanies(
  s: AnalyzedSentence,
  spans: EntitySpan[],
  knowledge: Knowledge,
): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const span of spans) {
    const and = span.start - 1;
    const left = and - 1;
    const end = span.end;
    // "Standard and Poor's said": a possessive company name ends the pair as a suffix would.
    const joinable =
      span.type === "ORG" &&
      (companySuffix.test(s.words[end - 1]!) ||
        (isPossessive(s.words[end - 1]!) && possessiveName(s, end))) &&
      /^(and|&)$/.test(s.words[and] ?? "") &&
      /^\p{Lu}/u.test(s.words[left] ?? "");
    if (!joinable) {
      out.push(span);
      continue;
    }
    const previous = out[out.length - 1];
    // "France and Mitsui and Co Ltd": a country is no partner of a firm.
    if (previous && previous.end === and && knowledge.country(joinTokens(s, previous.start, previous.end))) {
      out.push(span);
      continue;
    }
    if (previous && previous.end === and) {
      // "Upland Minerals and Chemicals Corp", "Texas Oil and Gas Corp": two lines of business joined by
      // "and" are one company's name; "IBM and Apple Computer Inc" are two companies.
      const lines =
        previous.type === "ORG" &&
        !companySuffix.test(s.words[previous.end - 1]!) &&
        industryWords.test(s.words[previous.end - 1]!) &&
        industryWords.test(s.words[span.start]!);
      // "president Jerome S. Flum and Flum Partners": a person named with a middle initial, or whose surname
      // opens the firm's name, is the firm's owner beside it, not its namesake partner.
      const person =
        previous.type === "PER" &&
        (s.words[span.start] === s.words[previous.end - 1] ||
          (previous.end - previous.start === 3 &&
            /^\p{Lu}\.$/u.test(s.words[previous.start + 1]!) &&
            !partnerTail.test(s.words[span.start]!)));
      if ((previous.type === "ORG" && !lines) || person) {
        out.push(span);
        continue;
      }
      out.pop();
      out.push({ start: previous.start, end, type: "ORG" });
    } else {
      out.push({ start: left, end, type: "ORG" });
    }
  }
  return out;
}

/**
 * "Berliner Handels- und Frankfurter Bank", "Bayerische Hypotheken- und Wechsel-Bank": a German name whose first
 * compound leaves its shared end to the second ("Handels[bank] und Frankfurter Bank") is one organisation,
 * which the NER cuts at the hyphen. The capitalised words before the cut-off word belong to it.
 */
function withSuspendedCompounds(s: AnalyzedSentence, spans: EntitySpan[]): EntitySpan[] {
  let out = spans;
  for (const span of spans) {
    const cut = span.start - 2;
    if (!/^(und|and)$/.test(s.words[span.start - 1] ?? "")) continue;
    if (!/^\p{Lu}\p{L}+-$/u.test(s.words[cut] ?? "")) continue;
    // "Wechsel-Bank AG", tagged a place, a hyphen and a company: the second compound runs on to the company.
    let end = span.end;
    const next = spans.find((sp) => sp.start === end + 1);
    if (s.words[end] === "-" && next && attached(s, end - 1, end) && attached(s, end, end + 1))
      end = next.end;
    if (!/ORG$/.test(s.ner[end - 1] ?? "")) continue;
    let start = cut;
    while (start > 0 && /^\p{Lu}\p{L}+$/u.test(s.words[start - 1]!)) start--;
    out = [
      ...out.filter((sp) => sp.end <= start || sp.start >= end),
      { start, end, type: "ORG" as const },
    ].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "Anderson, Benjamin, Read and Haney Inc.", "Manny, Moe and Jack Inc", "Johnson, Lane, Space, Smith and Co
 * Inc": partners' names listed before a company suffix are the firm's name, which the NER breaks into
 * people, places and a company. Only with an "and" in the list ("In Dallas, Acme Corp said" is no firm),
 * one capitalised word per partner, and nothing capitalised before the list.
 */
function withPartnershipNames(s: AnalyzedSentence, spans: EntitySpan[], knowledge: Knowledge): EntitySpan[] {
  // Words of longer names the NER found ("Paramount Pictures", "Securities and Exchange Commission") are
  // their own firms, not partners of the next.
  const inLongName = new Set<number>();
  for (const sp of spans)
    if (sp.end - sp.start > 1) for (let k = sp.start; k < sp.end; k++) inLongName.add(k);
  const out: EntitySpan[] = [];
  for (const span of spans) {
    if (span.type !== "ORG" || !companySuffix.test(s.words[span.end - 1]!)) {
      out.push(span);
      continue;
    }
    let start = span.start;
    let ands = s.words.slice(span.start, span.end).filter((w) => /^(and|&)$/.test(w)).length;
    // "Mitsui and Co": a bare suffix takes the company the NER found before it.
    const bareSuffix = span.end - span.start === 1;
    for (;;) {
      const sep = s.words[start - 1] ?? "";
      const partner = start - 2;
      // One partner's name each, and one "and" in all ("Wagner and Brown and AFG Industries Inc" are two);
      // a country or a name ending in a company's suffix is no partner ("Lazard Freres and Co and Salomon
      // Brothers Inc").
      if (!/^(and|&|,)$/.test(sep) || !partnerWord(s, partner) || inLongName.has(partner)) break;
      if (knowledge.country(s.words[partner]!) || companySuffix.test(s.words[partner]!)) break;
      // "In March, Sears, Roebuck and Co": a month or weekday set off before the name is when.
      if (isDateWord(s.words[partner]!)) break;
      // "Ford and General Motors Corp": a company the NER found before "and" is a firm of its own, unless
      // it is one in a list of partners ("Space, Smith and Co Inc") or what follows is a bare suffix.
      if (sep !== "," && /ORG/.test(s.ner[partner] ?? "") && s.words[partner - 1] !== "," && !bareSuffix)
        break;
      if (sep !== "," && ++ands > 1) break;
      start = partner;
    }
    // "First City National Bank of Houston and First City Energy Finance Co": not after "of".
    const free = !partnerWord(s, start - 1) && s.words[start - 1] !== "of";
    if (ands === 0 || start === span.start || !free) {
      out.push(span);
      continue;
    }
    while (out.length > 0 && out[out.length - 1]!.end > start) out.pop();
    out.push({ start, end: span.end, type: "ORG" });
  }
  return out;
}

/**
 * `spans` with an untagged "Co" after "and" added as a company of its own, for the partnership rule to take
 * up the partners before it: the NER tagged "Bear" and "Stearns" as people in "Bear, Stearns and Co" and
 * left the "Co" out.
 */
const bareSuffix = /^(Co|Cos|Company)\.?$/;

function withBareSuffixes(s: AnalyzedSentence, spans: EntitySpan[]): EntitySpan[] {
  const added: EntitySpan[] = [];
  for (let i = 2; i < s.words.length; i++) {
    if (s.ner[i] !== "O" || !bareSuffix.test(s.words[i]!)) continue;
    if (/^(and|&)$/.test(s.words[i - 1]!) && partnerWord(s, i - 2))
      added.push({ start: i, end: i + 1, type: "ORG" });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/**
 * A capitalised word that can be a partner's name; at the start of a sentence only a proper noun or a word the
 * NER took for a name (the tagger read "Sears" in "Sears, Roebuck and Co said" as a plural noun).
 */
function partnerWord(s: AnalyzedSentence, i: number): boolean {
  if (i < 0 || !/^\p{Lu}\p{L}+$/u.test(s.words[i]!)) return false;
  return i === 0 ? s.upos[i] === "PROPN" || s.ner[i] !== "O" : /^(PROPN|NOUN)$/.test(s.upos[i]!);
}

/** True when tokens a and b touch, with no space between them. */
export function attached(s: AnalyzedSentence, a: number, b: number): boolean {
  const left = s.tokens[a];
  const right = s.tokens[b];
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** The token of the span whose head lies outside it (the last such, for flat names). */
export function headOf(s: AnalyzedSentence, start: number, end: number): number {
  // "Moody's said": the possessive ending a name is no head, whatever the parser attached it to.
  if (end - start > 1 && isPossessive(s.words[end - 1]!)) end--;
  let head = end - 1;
  for (let i = start; i < end; i++) {
    const h = s.heads[i]!;
    if (h < start || h >= end) head = i;
  }
  return head;
}

export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return roleTitles[lower] !== undefined || titleModifiers.has(lower) || honorifics.has(lower);
}
