import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { attached } from "../entities/find-mentions";
import { firstConjunct } from "./subtree";
import { chainModality, relationVocabulary, speechVerbs } from "./relation-vocabulary";

/** Units of money and measure: they quantify what follows and are never part of its name. */
export const measureWords = new Set([
  "dlrs",
  "dlr",
  "dollars",
  "dollar",
  "cts",
  "cents",
  "mln",
  "billion",
  "million",
  "trillion",
  "franc",
  "francs",
  "yen",
  "stg",
  "sterling",
  "dinar",
  "dinars",
  "mark",
  "marks",
  "pound",
  "pounds",
  "guilder",
  "guilders",
  "lire",
  "lira",
  "peso",
  "pesos",
  "pesetas",
  "rand",
  "crown",
  "crowns",
  "krona",
  "krone",
  "kroner",
  "kronor",
  "schillings",
  "ringgit",
  "rupees",
  "riyals",
  "baht",
  "percent",
  "cent",
  // "The Dow soared 70 points".
  "points",
  "pct",
  // "a 139,000 square foot plant", "a 50,000 tonne cargo".
  "foot",
  "feet",
  "acre",
  "tonne",
  "ton",
  "barrel",
  "mile",
]);

/** Words that only count: "11.3 mln shares", "3.5 pct". */
const countWords = /^(mln|billion|million|trillion|pct|percent)$/;

const ordinals = /^(first|second|third|fourth|fiscal)$/i;

/** Days named relative to the story: no thing is named by one. */
export const dayWords = /^(overnight|yesterday|today|tomorrow|tonight)$/i;

/** "said profits rose", "said its balance sheet total fell": past tenses of movement the tagger read as nouns. */
export const movementVerbs =
  /^(rose|fell|grew|sank|shrank|soared|slid|slumped|plunged|jumped|climbed|dropped|declined|surged|tumbled)$/;

const subjectPronouns = new Set(["i", "we", "you", "he", "she", "it", "they"]);

/** "it plans to …", "T.E.A.M. expects to …": a verb's -s form after its subject, tagged as a plural noun. */
function misreadVerb(s: AnalyzedSentence, head: number): boolean {
  if (s.xpos[head] !== "NNS") return false;
  const before = s.words[head - 1] ?? "";
  if (subjectPronouns.has(before.toLowerCase())) return true;
  const stem = s.words[head]!.toLowerCase().replace(/s$/, "");
  const verb =
    relationVocabulary[stem] !== undefined || speechVerbs.has(stem) || chainModality[stem] !== undefined;
  // "EC sanctions urged by …" is a noun: the verb reading needs what a verb takes next.
  const next = s.words[head + 1]?.toLowerCase() ?? "";
  const takes = next === "to" || next === "that" || /^(DT|PRP|PRP\$)$/.test(s.xpos[head + 1] ?? "");
  // "said the government plans to pay", "the plan calls for": after a singular common noun, a verb's -s form
  // with an infinitive or "for" after it.
  const afterNoun =
    s.xpos[head - 1] === "NN" &&
    // "announced government plans to devote …": an object is a noun, but not one of "said", which the parser
    // makes of a reported clause it misread.
    !(/^(obj|iobj|obl)/.test(s.deprels[head]!) && !speechVerbs.has(s.lemmas[s.heads[head]!] ?? "")) &&
    ((next === "to" && s.xpos[head + 2] === "VB") || (next === "for" && /^(call|provide)$/.test(stem)));
  return verb && ((takes && head > 1 && /^\p{Lu}/u.test(before)) || afterNoun);
}

/**
 * The name of the common-noun phrase headed by `head`, lower-cased as written: its noun compounds with
 * their own modifiers and whole hyphenated words ("nine-day facility", "longer term forecast", "first
 * quarter results"), never a part cut off from the rest ("day facility", "term forecast"). Amounts and
 * units before the name are left out ("43.4 mln dlr contract" → "contract"), and so is anything the
 * phrase does not reach without a gap ("a record 25,559 contracts" → "contracts"). Undefined when the
 * head is a verb the tagger read as a plural noun ("it plans to …").
 */
const periodUnits = /^(days?|weeks?|months?|years?|quarters?)$/i;

export function conceptName(s: AnalyzedSentence, head: number): string | undefined {
  const word = s.words[head]!.toLowerCase();
  // "bought 5,000 tonnes of Canadian rapeseed overnight" parsed with "overnight" the head: a day names no thing.
  if (misreadVerb(s, head) || movementVerbs.test(word) || dayWords.test(word)) return undefined;
  const inPhrase = new Set([head]);
  const nameWords = new Set<number>();
  let start = head;
  /** The last word of a demonym opening the concept ("West German banks"), whose words keep their capitals. */
  let demonymEnd: number | undefined;
  for (let i = head - 1; i >= 0; i--) {
    // "said last month computer programs were erased": a time phrase the parser compounded is when, not what.
    if (periodUnits.test(s.words[i]!) && /^(last|next|this|past|coming)$/i.test(s.words[i - 1] ?? "")) break;
    const modifier = s.heads[i]!;
    const rel = s.deprels[i]!;
    const joinsHyphen = s.words[i] === "-" && attached(s, i, i + 1) && attached(s, i - 1, i);
    const partOfWord = attached(s, i, i + 1) && s.words[i + 1] === "-" && inPhrase.has(i + 1);
    // A capitalised word inside the sentence belongs to a name ("Kaiser Cement shareholders"): only a whole
    // name joins the concept's (below), never a part of one.
    const capitalised = i > 0 && /^\p{Lu}/u.test(s.words[i]!);
    const compound = rel === "compound" && inPhrase.has(modifier) && s.upos[i] === "NOUN" && !capitalised;
    // "The Brunswick mine", "the HWWA economic research institute": a company or person named before the
    // noun says which one; cut off, the concept would say only "mine". (A place before it says where, and
    // stays out: "the U.S. trade deficit" is the trade deficit.)
    const name = start === i + 1 ? namedModifier(s, i, inPhrase, head) : undefined;
    if (name !== undefined) {
      for (let k = name; k <= i; k++) {
        inPhrase.add(k);
        nameWords.add(k);
      }
      start = name;
      i = name;
      continue;
    }
    // Only a compound's own modifiers come along: an adjective on the head is not part of the name.
    const ofCompound =
      modifier !== head &&
      inPhrase.has(modifier) &&
      /^(amod|nummod|compound)$/.test(rel) &&
      s.upos[i] !== "PROPN" &&
      !capitalised;
    // "first quarter results": parsers hang the ordinal on the head, but it belongs to the compound.
    const ordinal = start < head && i === start - 1 && rel === "amod" && ordinals.test(s.words[i]!);
    // "protectionist agricultural policies", "military aid": an adjective that says what kind of thing,
    // not how good or big it is, is part of its name.
    const kind =
      i === start - 1 &&
      rel === "amod" &&
      inPhrase.has(modifier) &&
      s.upos[i] === "ADJ" &&
      classifying(s.words[i]!);
    const demonym = i === start - 1 && isDemonym(s, i, head);
    const aim = i === start - 1 && rel === "amod" && modifier === head && aimedChange(s, i, head);
    // "a wage and price freeze": a noun conjoined to a compound of the phrase, and its "and", are the phrase's.
    const coordinated =
      (rel === "conj" && !capitalised && pairedWith(s, head, i, modifier)) ||
      (rel === "cc" &&
        /^(and|or)$/i.test(s.words[i]!) &&
        inPhrase.has(modifier) &&
        pairedWith(s, head, modifier, i - 1));
    if (!(
      joinsHyphen ||
      partOfWord ||
      compound ||
      ofCompound ||
      ordinal ||
      kind ||
      demonym ||
      aim ||
      coordinated
    ))
      break;
    inPhrase.add(i);
    start = i;
    // Nothing before a demonym belongs to the name ("the big Japanese exporters"), but the whole demonym
    // does: "South African coal miners", "West German banks" are not African miners or German banks.
    if (demonym) {
      demonymEnd = i;
      start = demonymStart(s, i);
      break;
    }
  }
  for (let i = head - 1; i >= start; i--) {
    const w = s.words[i]!.toLowerCase();
    const standalone = !attached(s, i, i + 1) || s.words[i + 1] !== "-";
    // A unit cuts only an amount off ("43.4 mln dlr contract"); "its dollar buying" is about dollars.
    const amount =
      countWords.test(w) ||
      (w === "cent" && s.words[i - 1]?.toLowerCase() === "per") ||
      (measureWords.has(w) && followsAmount(s, i));
    if (amount || (standalone && /\d/.test(w))) {
      start = i + 1;
      break;
    }
  }
  // "732 mln stg and exchequer transactions" with the amount cut off: no name starts with its "and".
  while (start < head && /^(and|or)$/i.test(s.words[start]!)) start++;
  // "three month money market certificates" with "three" hung on the head: the period goes with its number.
  if (start < head && periodUnits.test(s.words[start]!) && s.xpos[start - 1] === "CD") start++;
  const end = ofTermEnd(s, head) ?? sharedHead(s, head) ?? head;
  if (start === head && end === head) return word;
  const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[end]!.end - s.start);
  const lower = text.replace(/\s+/g, " ").toLowerCase();
  if (nameWords.size > 0) {
    const keepsCase = (i: number): boolean =>
      nameWords.has(i) || /^NNP/.test(s.xpos[i]!) || (demonymEnd !== undefined && i <= demonymEnd);
    const named = withCapitals(s, start, end, lower, keepsCase);
    // "its <Air Europe> subsidiary": brackets and other symbols are not part of a name.
    return /^[\p{L}\d][\p{L}\d .&'-]*$/u.test(named) ? named : undefined;
  }
  // "T.E.A.M. expects": initials or symbols mean a name the NER missed, not a concept.
  if (!/^[a-z0-9][a-z0-9 -]*$/.test(lower)) return undefined;
  // A demonym keeps its capitals: "Japanese exporters", "South African coal miners".
  return demonymEnd === undefined ? lower : withCapitals(s, start, end, lower, (i) => i <= demonymEnd!);
}

/** Words of a compass point that open a demonym the NER may leave out of its span ("West German"). */
const compassPoints = /^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Latin)$/;

/** The first word of the demonym ending at `i`: the NER's span ("South African") or a compass point before it. */
function demonymStart(s: AnalyzedSentence, i: number): number {
  let k = i;
  while (
    k > 0 &&
    /^I-/.test(s.ner[k] ?? "") &&
    /MISC$/.test(s.ner[k - 1] ?? "") &&
    /^\p{Lu}/u.test(s.words[k - 1]!)
  )
    k--;
  return k > 0 && k === i && compassPoints.test(s.words[k - 1]!) ? k - 1 : k;
}

/**
 * Whether noun `conj` is conjoined to `first`, a singular noun compound of `head`, as in "NOUN and|or (its own
 * modifiers) NOUN head": the first conjunct right before the "and".
 */
function pairedWith(s: AnalyzedSentence, head: number, conj: number, first: number): boolean {
  return (
    s.deprels[conj] === "conj" &&
    s.upos[conj] === "NOUN" &&
    s.heads[conj] === first &&
    first < head &&
    s.deprels[first] === "compound" &&
    s.heads[first] === head &&
    s.upos[first] === "NOUN" &&
    s.xpos[first] === "NN" &&
    /^(and|or)$/i.test(s.words[first + 1] ?? "") &&
    s.heads.slice(first + 2, conj).every((h) => h === conj)
  );
}

/** Terms of two nouns joined by "of" that name one thing: "backed by a letter of credit" is no letter. */
const ofTerms: ReadonlySet<string> = new Set([
  "letter of credit",
  "letters of credit",
  "line of credit",
  "lines of credit",
  "letter of intent",
  "letters of intent",
  "certificate of deposit",
  "certificates of deposit",
  "memorandum of understanding",
  "statement of intent",
  "declaration of intent",
  "bill of lading",
  "bills of lading",
  "balance of payments",
  "rate of return",
  "vote of confidence",
  "state of emergency",
  "cost of living",
  "standard of living",
  "power of attorney",
  "right of refusal",
  "right of first refusal",
  "bill of exchange",
  "bills of exchange",
]);

/** The last position of an of-term `head` begins ("letter of credit"), if it begins one. */
function ofTermEnd(s: AnalyzedSentence, head: number): number | undefined {
  // Most names have no "of" after their head: build no string for them.
  if (s.words[head + 1]?.toLowerCase() !== "of" || s.heads[head + 2] !== head) return undefined;
  const term = `${s.words[head]} of ${s.words[head + 2]}`.toLowerCase();
  return ofTerms.has(term) ? head + 2 : undefined;
}

/**
 * "capital and exploration spending", "car and van production": a bare singular noun joined by "and" to a
 * compound is a modifier of the compound's head, and the parser's head of the coordination names only a
 * part of the thing. The position of the shared head, when the words after `head` are "and", modifiers of
 * that noun and the noun itself.
 */
function sharedHead(s: AnalyzedSentence, head: number): number | undefined {
  if (s.xpos[head] !== "NN" || !/^(and|&)$/.test(s.words[head + 1] ?? "")) return undefined;
  const noun = s.heads[head + 1]!;
  if (noun <= head + 2 || s.heads[noun] !== head || s.deprels[noun] !== "conj" || s.upos[noun] !== "NOUN")
    return undefined;
  if (!(s.children[noun] ?? []).some((k) => k === noun - 1 && s.deprels[k] === "compound")) return undefined;
  for (let k = head + 2; k < noun; k++)
    if (s.heads[k] !== noun || !/^(compound|amod)$/.test(s.deprels[k]!)) return undefined;
  return noun;
}

/**
 * True when the word before `token` is a number or says how many ("43.4 mln dlr", "500 dollars"), also
 * across the country a currency belongs to ("22 mln U.S. dlr", "50 mln Hong Kong dlr") and across
 * "square" or "cubic" ("139,000 square foot").
 */
export function followsAmount(s: AnalyzedSentence, token: number): boolean {
  let before = token - 1;
  while (before >= token - 2 && /^(\p{Lu}|square$|cubic$)/u.test(s.words[before] ?? "")) before--;
  return /\d|^(mln|billion|million|trillion)$/i.test(s.words[before] ?? "");
}

/** Classifying adjectives by their ending, less the common ones that judge, count or merely qualify. */
const classifyingEnding = /(al|ic|ary|ist)$/;
const notClassifying = new Set([
  "potential",
  "special",
  "additional",
  "total",
  "initial",
  "final",
  "original",
  "normal",
  "real",
  "crucial",
  "critical",
  "typical",
  "usual",
  "actual",
  "general",
  "several",
  "principal",
  "substantial",
  "essential",
  "fundamental",
  "vital",
  "formal",
  "informal",
  "overall",
  "dramatic",
  "drastic",
  "historic",
  "tragic",
  "realistic",
  "optimistic",
  "pessimistic",
  "unusual",
  "exceptional",
  "unprecedented",
  "ideal",
  "equal",
  "liberal",
  "radical",
  "logical",
  "practical",
  "significant",
  "terrific",
  "individual",
  "literal",
  "eventual",
  "gradual",
  "mutual",
  "marginal",
  "nominal",
  "minimal",
  "optimal",
  "legal",
  "illegal",
  "primary",
  "necessary",
  "temporary",
  "contrary",
  "ordinary",
  "extraordinary",
  "arbitrary",
  "voluntary",
  "preliminary",
  "customary",
  "secondary",
  "complementary",
  "basic",
  "specific",
  "intrinsic",
  "chronic",
  "sporadic",
  "automatic",
  "genuine",
  "elastic",
  "cyclical",
  "hypothetical",
  "identical",
  "skeptical",
]);

/** Adjectives of fixed terms whose ending does not show it: "gross domestic product", "common stock". */
const termAdjectives = new Set([
  "gross",
  "net",
  "common",
  "convertible",
  "joint",
  "nuclear",
  "private",
  "foreign",
  "human",
  "armed",
  "precious",
  "hard",
  "crude",
  // The tagger's adjective in "the exchange rate".
  "exchange",
]);

function classifying(word: string): boolean {
  const w = word.toLowerCase();
  return termAdjectives.has(w) || (/^[a-z]+$/.test(w) && classifyingEnding.test(w) && !notClassifying.has(w));
}

/** Verbs whose object is a state of affairs wanted or opposed: "wants lower interest rates". */
const aimingVerbs = new Set([
  "want",
  "seek",
  "call",
  "urge",
  "demand",
  "favour",
  "favor",
  "support",
  "oppose",
  "press",
  "need",
  "propose",
  "ask",
  "expect",
  "predict",
  "forecast",
  "reject",
]);

/**
 * "Argentina wants lower interest rates", "called for a lower value for the dollar": what a verb of wanting
 * aims at is the change, and without its comparative the object says the opposite of what is wanted.
 */
function aimedChange(s: AnalyzedSentence, i: number, head: number): boolean {
  if (
    !/^(lower|higher|less|more|fewer|greater|cheaper|weaker|stronger|smaller|bigger|larger)$/i.test(
      s.words[i]!,
    )
  )
    return false;
  // "want less risk, higher profit": a conjunct is aimed at by the verb of the first.
  const first = firstConjunct(s, head);
  const verb = s.heads[first]!;
  return (
    verb >= 0 &&
    s.upos[verb] === "VERB" &&
    /^(obj|obl)/.test(s.deprels[first]!) &&
    aimingVerbs.has(s.lemmas[verb]!)
  );
}

/**
 * "the European team", "Japanese car exporters": a nationality adjective (or another one-word MISC name the
 * NER found, "Olympic team") right before the phrase says whose, and belongs to the concept's name.
 */
function isDemonym(s: AnalyzedSentence, i: number, head: number): boolean {
  return (
    /^(amod|compound)$/.test(s.deprels[i]!) &&
    s.heads[i] === head &&
    /^(ADJ|PROPN)$/.test(s.upos[i]!) &&
    /MISC$/.test(s.ner[i] ?? "") &&
    /^\p{Lu}\p{Ll}+$/u.test(s.words[i]!)
  );
}

/**
 * The concept's name with the capitals of the names it keeps ("Brunswick mine", "DAT players",
 * "Texaco-Pennzoil dispute") and of a demonym opening it ("Japanese LSI market"): the words `keepsCase` picks.
 */
function withCapitals(
  s: AnalyzedSentence,
  start: number,
  end: number,
  lower: string,
  keepsCase: (position: number) => boolean,
): string {
  // Found word by word: the name's spaces were collapsed, so the text's offsets no longer hold.
  let out = lower;
  let cursor = 0;
  for (let i = start; i <= end; i++) {
    const word = s.words[i]!;
    const at = out.indexOf(word.toLowerCase(), cursor);
    if (at < 0) continue;
    if (keepsCase(i)) out = out.slice(0, at) + word + out.slice(at + word.length);
    cursor = at + word.length;
  }
  return out;
}

/**
 * The first position of a whole company or person name (by the NER) that ends at `last` and modifies the
 * phrase as a compound: "Kaiser Cement" of "Kaiser Cement shareholders".
 */
function namedModifier(
  s: AnalyzedSentence,
  last: number,
  inPhrase: ReadonlySet<number>,
  head: number,
): number | undefined {
  const tag = s.ner[last]!;
  // A place says which economy: "the U.S. economy" is not the economy, nor the United States.
  const types = /^econom(y|ies)$/i.test(s.words[head]!) ? /-(ORG|PER|LOC)$/ : /-(ORG|PER)$/;
  if (!types.test(tag) || s.ner[last + 1] === `I-${tag.slice(2)}`) return undefined;
  let first = last;
  while (first > 0 && s.ner[first]!.startsWith("I-")) first--;
  // A capital opening the sentence may be no name's ("Coffee futures drifted lower"); a story written in
  // lower case has lost its names' capitals.
  if (!s.ner[first]!.startsWith("B-") || first === 0 || !/^\p{Lu}/u.test(s.words[first]!)) return undefined;
  // The name hangs on the phrase by its last word or by any other of its words.
  for (let k = first; k <= last; k++) {
    if (s.deprels[k] === "compound" && inPhrase.has(s.heads[k]!)) return first;
  }
  return undefined;
}
