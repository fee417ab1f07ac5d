import type { Entity } from "../extraction";
import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { isTitleWord } from "../entities/find-mentions";
import { placeAspects } from "../entities/role-titles";
import { isGenericOrganizationName } from "../entities/generic-organization-name";
import { ownedUnit, unitWords } from "../entities/owned-unit";
import { tickerAfter } from "../entities/ticker-after";
import type { Role } from "../entities/find-roles";
import type { Mention } from "../entities/mention";
import type { Resolution } from "../entities/resolve-entities";
import { slugify } from "../slugify";
import { conceptName, followsAmount, measureWords } from "./concept-name";

/** An argument of a clause, resolved to the entity it refers to. */
export interface Argument {
  entity: Entity;
  /** How it was found; indirect ways lower a triple's confidence. */
  via: "name" | "pronoun" | "description" | "proxy" | "concept";
  token: number;
}

/**
 * Nouns for a state's own government, which a story about one state writes without naming it ("the
 * government approved …", "the cabinet decided …"). Not "officials" or "sources", which a company has too.
 */
const stateNouns = new Set(["government", "cabinet"]);

/** "the government", with nothing but the article before it: no owner, number or other modifier. */
function bareDefinite(s: AnalyzedSentence, token: number): boolean {
  const kids = (s.children[token] ?? []).filter((k) => k < token);
  return kids.length === 1 && s.deprels[kids[0]!] === "det" && s.words[kids[0]!]!.toLowerCase() === "the";
}

/** Nouns that stand for the state or body that owns them: "the Russian position", "Israel's army". */
const proxyNouns = new Set([
  "leader",
  "leaders",
  // "contacted Thailand's foreign minister": an unnamed office-holder stands for the state.
  "minister",
  "president",
  "premier",
  "ambassador",
  "position",
  "government",
  "administration",
  "forces",
  "army",
  "military",
  "troops",
  "officials",
  "official",
  "source",
  "sources",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "delegation",
  "leadership",
  "demands",
  "ministry",
  "authorities",
  "side",
  "team",
  "negotiators",
  "parliament",
  "cabinet",
  "regime",
  "navy",
  "police",
  // "A committee of the International Monetary Fund said …".
  "committee",
]);

/** Nouns a name before them merely classifies: "the MORI organisation", "the Boeing company". */
const organisationNouns = new Set([
  "organisation",
  "organization",
  "company",
  "firm",
  "corporation",
  "group",
]);

/** News media named by a name before them: "the Kyodo news agency", "Yonhap news agency", "CNN television". */
const mediaNouns = new Set([
  "agency",
  "newspaper",
  "daily",
  "weekly",
  "magazine",
  "television",
  "radio",
  "channel",
  "broadcaster",
]);

/** "N.Y.", "Calif.", "Tenn.": Reuters' abbreviations of American states in addresses. */
const stateAbbreviation = /^(?:[A-Z]\.){2}$|^[A-Z][a-z]{1,4}\.$/;

/**
 * Singular nouns that only describe an organisation the sentence does not name: the organisation and unit
 * words, less "group" (an unnamed investor group acts in its own right) and "arm" (mostly a limb or a weapon).
 */
const descriptorNouns: ReadonlySet<string> = new Set(
  [...organisationNouns, ...unitWords].filter((w) => w !== "group" && w !== "arm"),
);

/** Amounts and measures: they say how much of what follows "of", and are never a thing of their own. */
const amountNouns = [
  "total",
  "minimum",
  "maximum",
  "amount",
  "sum",
  "tonnes",
  "tons",
  "barrels",
  "bushels",
  "ounces",
];

/** Spans of time an amount is counted over: "earned 5 mln dlrs in fiscal 1986", "in second half". */
const periodNouns = new Set([
  "quarter",
  "half",
  "year",
  "month",
  "week",
  "period",
  "term",
  "session",
  "fiscal",
]);

/** Nouns of fixed phrases after "in" that say how, not what: "bought 50 mln dlrs in coordination with …". */
const prepositionalIdioms = new Set([
  "coordination",
  "cooperation",
  "connection",
  "exchange",
  "return",
  "addition",
  "response",
  "line",
]);

/**
 * Parts and measures of a thing, about the thing ("said half of the rise was due to …", "the size of its
 * offering was increased"), but with a name of their own when compounded ("its price level of 18 dlrs",
 * "the cash portion") or when what they measure names nothing.
 */
const measureNouns = ["half", "size", "level", "bulk", "majority", "portion"];
const measures: ReadonlySet<string> = new Set(measureNouns);

/** Nouns that only measure or group what follows "of": "a package of sanctions" is about sanctions. */
const containerNouns = new Set([
  "package",
  "set",
  "round",
  "series",
  "wave",
  "number",
  "list",
  "range",
  "kind",
  "type",
  "group",
  "batch",
  "raft",
  "host",
  "bundle",
  "lot",
  "plenty",
  "pair",
  "couple",
  "flood",
  "spate",
  // "the lack of overtime work" is about overtime work.
  "lack",
  "stream",
  "string",
  "handful",
  // "was hoarding 27 billion roubles worth of raw materials" is hoarding raw materials.
  "worth",
  ...measureNouns,
  "dozens",
  "hundreds",
  "thousands",
  // Amounts: "a total of 55,000 tonnes of maize" is about maize.
  ...amountNouns,
]);

/** Nouns too vague to be a node of their own. */
const vagueNouns = new Set([
  "thing",
  "things",
  "ones",
  // "The number two U.S. automaker said": a rank, no thing ("a number of X" is X, above).
  "number",
  "anything",
  "something",
  "everything",
  "nothing",
  "way",
  "time",
  "times",
  "part",
  "parts",
  "year",
  "years",
  "day",
  "days",
  "week",
  "weeks",
  "month",
  "months",
  "hour",
  "hours",
  "people",
  "one",
  "lot",
  "end",
  "reporters",
  "source",
  "sources",
  "condition",
  "order",
  // Abstract nouns that say nothing alone: "directing the success of", "an outside chance".
  "success",
  "chance",
  "possibility",
  "likelihood",
  "fact",
  // Units and amounts name no thing of their own ("reported earnings of 213 mln dlrs" → not "dlrs").
  ...measureWords,
  ...amountNouns,
  // Times: "traders said [the Bank will] tomorrow [sell bills]".
  "yesterday",
  "today",
  "tomorrow",
  "tonight",
  // Reuters' sign-off and results tables: "REUTER", "nine mths", "qtr", "shr".
  "reuter",
  "mths",
  "qtr",
  "shr",
  "detail",
  "note",
  "statement",
  "other",
  "others",
  "each",
  // "guaranteed by the parent": which company is meant, the sentence does not say.
  "parent",
]);

/** Verbs whose bare number object counts people: "killing 107", "wounding 238". */
export const casualtyVerbs: ReadonlySet<string> = new Set(["kill", "wound", "injure"]);

/** Which common nouns may stand as an argument: none, only those naming agents, or any. */
export type ConceptPolicy = "none" | "actors" | "any";

/** Institutions and groups that act in news: they may be subjects without a name. */
const actorNouns = new Set([
  "parliament",
  "government",
  "court",
  "ministry",
  "bank",
  "navy",
  "army",
  "military",
  "police",
  "union",
  "unions",
  "company",
  "board",
  "committee",
  "council",
  "commission",
  "agency",
  "firm",
  "group",
  "officials",
  "leaders",
  "residents",
  "seamen",
  "fishermen",
  "shipowners",
  "workers",
  "protesters",
  "troops",
  "soldiers",
  "rebels",
  "militants",
  "investors",
  "analysts",
  "traders",
  "voters",
  "lawmakers",
  "municipalities",
  "authorities",
  "regulators",
  "producers",
  "exporters",
  "importers",
  "banks",
  "companies",
  "students",
  "scientists",
  "researchers",
  "doctors",
]);

/** Institutions and groups of people: "the central bank", "fishermen". */
export function isActorNoun(word: string, xpos: string | undefined): boolean {
  return actorNouns.has(word) || (xpos === "NNS" && /(men|ers|ists|ians|ors|ants|ents)$/.test(word));
}

export interface ArgumentResolver {
  /** Every entity the phrase headed by `token` stands for: the members of a group, else one. */
  resolveMany(token: number, options: { asActor: boolean; concepts: ConceptPolicy }): Argument[];
  /** The entity behind the noun phrase headed by `token`; concepts only when `allowConcept`. */
  resolve(token: number, options: { asActor: boolean; concepts: ConceptPolicy }): Argument | undefined;
  /** Concept entities created for this article so far. */
  concepts(): Entity[];
  /** True when the token is part of a name ("Shipping" in "Lloyds Shipping Intelligence"). */
  insideName(token: number): boolean;
  /** Where the name the token is part of starts, or the token itself. */
  nameStart(token: number): number;
  /** "Morgan Stanley Group Inc unit Natural Gas Clearinghouse Inc": parents and the units they own. */
  ownedUnits(): { owner: Argument; unit: Argument; word: string }[];
}

export function createArgumentResolver(
  s: AnalyzedSentence,
  mentions: readonly Mention[],
  roles: readonly Role[],
  resolution: Resolution,
  conceptRegistry: Map<string, Entity>,
): ArgumentResolver {
  const mentionAt = new Map<number, Mention>();
  // A description spanning a name ("Thailand's foreign minister") leaves the name's tokens to the name.
  for (const m of mentions) {
    if (m.nested) continue;
    for (let i = m.start; i < m.end; i++) if (mentionAt.get(i)?.kind !== "name") mentionAt.set(i, m);
    // The parser often makes the stock symbol the head of "Supermarkets General <SGL>".
    const ticker = m.kind === "name" ? tickerAfter(s, m.end) : undefined;
    if (ticker) for (let i = ticker.from; i < ticker.to; i++) mentionAt.set(i, m);
  }
  // "European Commission President Ursula von der Leyen" is one person however the parser attached
  // its words: any token of the title or its owner, reached as an argument, stands for the person.
  const standsFor = new Map<number, Mention>();
  for (const r of roles) {
    // "E.F. Hutton analyst Michael Lewis": a name just before the title belongs to the phrase even when the
    // NER typed it so that it could not be the owner.
    // So do names just before the owner: "Manhattan U.S. Attorney Rudolph Giuliani".
    let from = Math.min(r.owner?.start ?? r.titleStart, r.titleStart);
    for (let before = mentionAt.get(from - 1); before?.kind === "name" && before.end === from;) {
      from = before.start;
      before = mentionAt.get(from - 1);
    }
    if (from >= r.person.start) {
      // "Melamed, also chairman of Dellsher, said": the title after the name is the person too (its
      // owner is not: "Dellsher" may act on its own later in the sentence).
      if (r.titleStart >= r.person.end) {
        const words = r.title.split(/\s+/).length;
        for (let i = r.titleStart; i < r.titleStart + words; i++) {
          if (!mentionAt.has(i)) standsFor.set(i, r.person);
        }
        // "Ward, a U.S. lawyer, said": an owner inside the apposed phrase is the person's too.
        if (r.owner && r.owner.end === r.titleStart && r.owner.start > r.person.end)
          for (let i = r.owner.start; i < r.owner.end; i++) standsFor.set(i, r.person);
      }
      continue;
    }
    for (let i = from; i < r.person.start; i++) standsFor.set(i, r.person);
  }

  // "Morgan Stanley Group Inc unit Natural Gas Clearinghouse Inc": the parent's name and the word "unit"
  // stand for the unit, whatever the parser made the head.
  const units: { owner: Mention; unit: Mention; word: number }[] = [];
  for (const owner of mentions) {
    const unit = mentionAt.get(owner.end + 1);
    const word = ownedUnit(s, owner, unit);
    if (word === undefined || !unit) continue;
    units.push({ owner, unit, word });
    for (let i = owner.start; i <= Math.max(word, owner.end); i++)
      if (i < unit.start || i >= unit.end) standsFor.set(i, unit);
  }

  const fromMention = (m: Mention, asActor: boolean, token: number): Argument | undefined => {
    // "United National Bank of Callicoon, N.Y.": a state's abbreviation after a comma is an address.
    if (m.type === "PLACE" && s.words[m.start - 1] === "," && stateAbbreviation.test(m.text))
      return undefined;
    const entity = asActor ? resolution.actorOf(m) : resolution.entityOf(m);
    if (!entity || entity.id.startsWith("nominal:")) return undefined;
    // "the Bank would exercise its option" with no bank named in full: too vague for the graph.
    if (/^(ORGANIZATION|MISC)$/.test(entity.type) && isGenericOrganizationName(entity.name)) return undefined;
    const via = m.kind === "pronoun" ? "pronoun" : m.kind === "description" ? "description" : "name";
    if (m.kind === "demonym" && !asActor) return undefined;
    return { entity, via, token };
  };

  const concept = (name: string): Entity => {
    let entity = conceptRegistry.get(name);
    if (!entity) {
      entity = { id: `concept:${slugify(name)}`, name, type: "CONCEPT", aliases: [], mentions: 0 };
      conceptRegistry.set(name, entity);
    }
    return entity;
  };

  const resolve = (
    token: number,
    options: { asActor: boolean; concepts: ConceptPolicy },
    depth = 0,
  ): Argument | undefined => {
    if (depth > 3) return undefined;
    const person = standsFor.get(token);
    if (person) return fromMention(person, options.asActor, token);
    const m = mentionAt.get(token);
    if (m && m.kind !== "demonym") {
      const found = fromMention(m, options.asActor, token);
      // An unresolved description ("the boy", "Thailand's foreign minister") falls through to the common-noun
      // rules below.
      if (found || (m.kind !== "nominal" && m.kind !== "description")) return found;
    }
    const word = s.words[token]!.toLowerCase();
    const upos = s.upos[token];
    if (upos === "NUM") {
      const counted = elidedNoun(s, token);
      if (counted !== undefined) return resolve(counted, options, depth + 1);
      // "killing 107 or more": a bare number of casualties counts people, as "killing 107 people" would.
      const verb = s.heads[token]!;
      if (
        s.deprels[token] === "obj" &&
        casualtyVerbs.has(s.lemmas[verb] ?? "") &&
        options.concepts !== "none"
      )
        return { entity: concept("people"), via: "concept", token };
      return undefined;
    }
    if (upos !== "NOUN" && upos !== "PROPN") return undefined;
    const kids = s.children[token] ?? [];
    // "the Gulf oil state of Qatar", "the port of Rotterdam": the place named in the of-phrase.
    if (placeKindNouns.has(word)) {
      for (const c of kids) {
        const place = mentionAt.get(c);
        if (s.deprels[c] !== "nmod" || !hasCase(s, c, "of") || place?.kind !== "name") continue;
        const found = fromMention(place, options.asActor, token);
        if (found?.entity.type === "PLACE") return found;
      }
    }
    // A title or common noun heading a name ("Minister" → "Keir Starmer" attached as flat or appos).
    for (const c of kids) {
      const rel = s.deprels[c]!;
      // "his U.S. counterpart, Trade Representative Clayton Yeutter": an apposed title stands for its name.
      const named =
        mentionAt.get(c) ??
        (rel === "appos" && isTitleWord(s.words[c]!)
          ? (s.children[c] ?? [])
              .filter((k) => s.deprels[k] === "flat")
              .map((k) => mentionAt.get(k))
              .find((m) => m?.type === "PERSON")
          : undefined);
      // A name modifying a common noun is not what the noun refers to ("the Hong Kong branch", "Supermarkets
      // General shareholders"), unless the noun is a title ("Minister" of "Foreign Minister Lavrov").
      // "a 20 pct interest in the Deka property from the operator, Corp Falconbridge Copper": an apposition
      // after another prepositional phrase of the noun is that phrase's, though the parser hung it on the noun.
      // An "in" or "of" phrase may name what the noun is part of, and its apposition then names it: "bought a
      // 49.4 pct stake in another troubled commercial bank, Perwira Habib Bank".
      // A person apposed to a title after its phrase is the title's ("The Ecuadorean minister at the
      // Presidency, Patricio Quevedo").
      const pastPhrase =
        rel === "appos" &&
        named?.type !== "PERSON" &&
        kids.some((k) => {
          if (k <= token || k >= c || s.deprels[k] !== "nmod") return false;
          const prep = (s.children[k] ?? []).find((x) => s.deprels[x] === "case");
          return prep !== undefined && !/^(in|of)$/i.test(s.words[prep]!);
        });
      const heads = (rel === "flat" || rel === "appos" || rel.startsWith("nmod:desc")) && !pastPhrase;
      // "its Northern Automatic Electric Foundry Co unit", "its Linotype Group unit" are that company; "the
      // Toshiba unit" and "AMAX Inc unit, AMAX Magnesium Corp," are the named company's.
      const namedUnit =
        unitWords.has(word) &&
        named?.type === "ORGANIZATION" &&
        /^(its|their|his|her)$|^['’]s?$/i.test(s.words[named.start - 1] ?? "");
      // "the Harris organisation" is Harris.
      // "the Kyodo news agency": a medium is the one its name names; "a Hong Kong newspaper" is no place.
      const medium = mediaNouns.has(word) && named?.type !== "PLACE" && named?.type !== "PERSON";
      // "one mln tonnes of U.S. Corn": a capitalised common noun after a place is the place's produce.
      const properHead = upos === "PROPN" && named?.type !== "PLACE";
      // "the privately owned Portland company said": a place before a word for a company says where it is.
      const classified = organisationNouns.has(word) && named?.type !== "PLACE";
      // A title word for what a place has, or a bank in a place, is no office of the place: "the U.S. economy
      // is facing problems", "the third major U.S. bank to raise its rate", "a leading Boston bank".
      const office =
        isTitleWord(word) && !placeAspects.has(word) && !(word === "bank" && named?.type === "PLACE");
      const titled = rel === "compound" && (properHead || office || classified || medium || namedUnit);
      // "Norway's minority Labour government": a party's name before a state noun says who governs; the
      // possessor's state is whose government it is (the proxy rule below).
      const governing =
        rel === "compound" &&
        stateNouns.has(word) &&
        kids.some((k) => s.deprels[k] === "nmod:poss" && mentionAt.get(k)?.type === "PLACE");
      if (named?.kind === "name" && (heads || titled) && !governing) {
        return fromMention(named, options.asActor, token);
      }
    }
    if (proxyNouns.has(word)) {
      for (const c of kids) {
        const rel = s.deprels[c]!;
        if (rel !== "nmod:poss" && rel !== "amod" && rel !== "compound" && rel !== "nmod") continue;
        if (rel === "nmod" && !hasCase(s, c, "of")) continue;
        // "the Senate committee approved" is not the Senate; "a committee of the IMF" speaks for it.
        if (word === "committee" && rel !== "nmod") continue;
        const owner = mentionAt.get(c);
        // "Paris trade sources" are trade sources in Paris, not France; "Peruvian government officials" are Peru's.
        // "Norway's minority Labour government" is Norway's: a party's name before a state noun says who
        // governs, not whose government it is.
        const between = kids.some(
          (k) =>
            k > c &&
            k < token &&
            s.deprels[k] === "compound" &&
            !proxyNouns.has(s.words[k]!.toLowerCase()) &&
            !(stateNouns.has(word) && rel === "nmod:poss" && mentionAt.get(k)?.kind === "name"),
        );
        // States and organisations have officials and armies; "Reagan administration officials" are not Reagan.
        // "no indications from Soviet government officials": a bare adjective names no state to stand for.
        if (owner && owner.type !== "PERSON" && owner.type !== "MISC" && !between) {
          const arg = fromMention(owner, true, token);
          if (arg) return { ...arg, via: "proxy" };
        }
      }
      // "The government approved the budget" in a story about Japan: Japan's, as "Japan's government" is. A
      // description resolved by the article, no surer than the concept it replaces: same confidence.
      const state = stateNouns.has(word) && bareDefinite(s, token) ? resolution.articleState() : undefined;
      if (state) return { entity: state, via: "description", token };
    }
    // "A storm yesterday caused …": parsers make the time word the head and the noun its compound.
    if (/^(yesterday|today|tomorrow|tonight)$/.test(word)) {
      const noun = kids.find((c) => s.deprels[c] === "compound" && s.upos[c] === "NOUN");
      if (noun !== undefined) return resolve(noun, options, depth + 1);
    }
    // "received 50 mln dlrs in new loans": a sum of money stands for what it is paid in, a bare noun after
    // "in" ("lost 12 mln dlrs in the first quarter" is a time, "in the venture" a determined place).
    if (measureWords.has(word) && followsAmount(s, token)) {
      const worth = kids.find(
        (c) =>
          s.deprels[c] === "nmod" &&
          s.upos[c] === "NOUN" &&
          hasCase(s, c, "in") &&
          !periodNouns.has(s.words[c]!.toLowerCase()) &&
          !prepositionalIdioms.has(s.words[c]!.toLowerCase()) &&
          !(s.children[c] ?? []).some((k) => /^(det|nmod:poss)$/.test(s.deprels[k]!)),
      );
      if (worth !== undefined) return resolve(worth, options, depth + 1);
    }
    // "agreed on the need for greater cooperation": a need is a need for something, and vague without it
    // ("stressed the need to cut rates").
    if (necessityNouns.has(word)) {
      const needed = kids.find(
        (c) => s.deprels[c] === "nmod" && (hasCase(s, c, "for") || hasCase(s, c, "of")),
      );
      return needed === undefined ? undefined : resolve(needed, options, depth + 1);
    }
    // "its price level of 18 dlrs", "the cash portion of the payments": a container with a name of its own
    // is that thing, and one whose contents name nothing stays itself.
    const ownName = measures.has(word) && kids.some((c) => s.deprels[c] === "compound");
    if (containerNouns.has(word) && !ownName) {
      for (const c of kids) {
        if (s.deprels[c] !== "nmod" || !hasCase(s, c, "of")) continue;
        const contents = resolve(c, options, depth + 1);
        if (contents || !measures.has(word)) return contents;
      }
    }
    if (
      options.concepts === "none" ||
      (options.concepts === "actors" && !isActorNoun(word, s.xpos[token])) ||
      upos !== "NOUN" ||
      (vagueNouns.has(word) && !counted(s, token) && !currencyTraded(s, token)) ||
      !/^[a-z][a-z-]+$/.test(word)
    )
      return undefined;
    const name = conceptName(s, token);
    // "said its subsidiary signed …", "the company said": a description that found no name says nothing.
    if (name === undefined || descriptorNouns.has(name)) return undefined;
    return { entity: concept(name), via: "concept", token };
  };

  return {
    resolve: (token, options) => resolve(token, options),
    resolveMany: (token, options) => {
      const m = mentionAt.get(token);
      const members = m ? resolution.membersOf(m) : [];
      if (m && (m.kind === "group" || m.pronoun === "group" || members.length > 0)) {
        return members.map((entity) => ({
          entity,
          via: m.kind === "name" ? ("name" as const) : ("pronoun" as const),
          token,
        }));
      }
      const one = resolve(token, options);
      return one ? [one] : [];
    },
    concepts: () => [...conceptRegistry.values()],
    insideName: (token) => mentionAt.get(token)?.kind === "name",
    nameStart: (token) => {
      const m = mentionAt.get(token);
      return m?.kind === "name" ? m.start : token;
    },
    ownedUnits: () =>
      units.flatMap(({ owner, unit, word }) => {
        const o = fromMention(owner, true, owner.head);
        const u = fromMention(unit, true, unit.head);
        return o && u ? [{ owner: o, unit: u, word: s.words[word]! }] : [];
      }),
  };
}

/**
 * "fishermen rescued 500 migrants, and the coast guard saved 300 more": a number with "more" or "others"
 * and no noun, the object of a verb conjoined to one whose object is counted, counts the same noun.
 */
function elidedNoun(s: AnalyzedSentence, token: number): number | undefined {
  // The word after the number, wherever the parser hung it.
  if (!/^(more|others)$/i.test(s.words[token + 1] ?? "")) return undefined;
  const verb = s.heads[token]!;
  if (s.deprels[token] !== "obj" || verb < 0 || s.deprels[verb] !== "conj") return undefined;
  // "700 asylum seekers": parsers hang the number on the compound as often as on the head.
  const counts = (k: number): boolean =>
    (s.children[k] ?? []).some(
      (c) => s.deprels[c] === "nummod" || (s.deprels[c] === "compound" && counts(c)),
    );
  return (s.children[s.heads[verb]!] ?? []).find(
    (k) => s.deprels[k] === "obj" && s.upos[k] === "NOUN" && counts(k),
  );
}

export function hasCase(s: AnalyzedSentence, token: number, word: string): boolean {
  return (s.children[token] ?? []).some((c) => s.deprels[c] === "case" && s.words[c]!.toLowerCase() === word);
}

/** The verb's "by" phrase, a passive's agent: labelled `obl:agent`, or a plain `obl` with "by". */
export function byPhrase(s: AnalyzedSentence, v: number): number | undefined {
  return (s.children[v] ?? []).find(
    // "… will be used while a rigorous review process … continues" with the clause's subject made the agent:
    // an agent is never marked by a subordinator.
    (k) =>
      (s.deprels[k] === "obl:agent" && !(s.children[k] ?? []).some((c) => s.deprels[c] === "mark")) ||
      (s.deprels[k] === "obl" && hasCase(s, k, "by")),
  );
}

const necessityNouns = new Set(["need", "necessity", "importance", "desirability"]);

/** Currencies that markets trade: "the dollar fell against the yen" is about the dollar. */
const currencies = new Set([
  "dollar",
  "yen",
  "sterling",
  "mark",
  "franc",
  "pound",
  "guilder",
  "lira",
  "peso",
  "rand",
  "naira",
  "ringgit",
]);

/** Kinds of place that name the place itself in an of-phrase; not "capital", which is another place. */
const placeKindNouns = new Set([
  "state",
  "emirate",
  "kingdom",
  "sultanate",
  "republic",
  "island",
  "country",
  "nation",
  "city",
  "town",
  "port",
  "province",
  "territory",
]);

/**
 * A currency as a thing of its own, not an amount of it: singular, and no number, "mln" or amount word
 * before it ("one mln sterling", "500 dollars" stay vague).
 */
function currencyTraded(s: AnalyzedSentence, token: number): boolean {
  const word = s.words[token]!.toLowerCase();
  if (!currencies.has(word)) return false;
  const spelledAmount = /^(one|two|three|few)$/i.test(s.words[token - 1] ?? "");
  return (
    !followsAmount(s, token) &&
    !spelledAmount &&
    !(s.children[token] ?? []).some((k) => s.deprels[k] === "nummod")
  );
}

/** "80 people", "dozens of people": a counted group is a fact's object even when its noun is vague alone. */
function counted(s: AnalyzedSentence, token: number): boolean {
  return (
    s.words[token]!.toLowerCase() === "people" &&
    (s.children[token] ?? []).some((k) => s.deprels[k] === "nummod")
  );
}
