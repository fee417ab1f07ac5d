import type { Entity, EntityType } from "../extraction";
import { isQuoteMark } from "../nlp/is-quote-mark";
import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { slugify } from "../slugify";
import { dominantState, institutionCountryOf } from "./institution-country-of";
import { descriptionState } from "./institution-countries";
import { institutionEntityName, stateInstitution } from "./state-institution";
import { withoutLegalForm } from "./without-legal-form";
import { companySuffix } from "./company-suffix";
import { isTitleWord } from "./find-mentions";
import { isPossessive } from "./is-possessive";
import { isGenericOrganizationName } from "./generic-organization-name";
import type { Role } from "./find-roles";
import type { Mention } from "./mention";
import { ownedUnit } from "./owned-unit";
import { beginsCompanyName, isShortCompanyName } from "./short-company-name";
import { speaks } from "./speaks";
import { tellerBefore } from "./teller-before";
import { speechVerbs } from "../relations/relation-vocabulary";

/** Which entity each mention refers to, within one article. */
export interface Resolution {
  /** Every entity named or referred to so far, with its aliases and mention count. */
  entities(): Entity[];
  /** The entity a mention names (a capital names the city). */
  entityOf(mention: Mention): Entity | undefined;
  /** The entity a mention stands for when it acts: a capital or a demonym stands for its state. */
  actorOf(mention: Mention): Entity | undefined;
  /** The members of a group mention ("both countries", and "they" referring to it), else []. */
  membersOf(mention: Mention): Entity[];
  /** The state the article is clearly about, if one dominates its mentions of states. */
  articleState(): Entity | undefined;
}

interface Cluster {
  key: string;
  type: EntityType;
  canonical: string;
  surfaces: Set<string>;
  mentions: number;
  entity?: Entity;
}

/** The sentence a mention is in; looked up by index, as antecedent search asks for it per candidate. */
type SentenceOf = (m: Mention) => AnalyzedSentence | undefined;

const pronounWindow = 2;
/** How far back a speaking "it" looks for who spoke last. */
const speakerWindow = 4;
/** Clusters of descriptions that never meet a name: real for coreference, too vague for the graph. */
const nominalPrefix = "nominal|";

/**
 * Groups an article's mentions into entities: surnames join the nearest full name (never a second
 * person who shares it), acronyms join their expansion, country names, demonyms and capitals join
 * the state, pronouns the nearest fitting antecedent, "the Ukrainian leader" the person whose title
 * said so.
 */
export function resolveEntities(
  sentences: readonly AnalyzedSentence[],
  mentions: readonly Mention[],
  roles: readonly Role[],
): Resolution {
  const byIndex = new Map(sentences.map((x) => [x.index, x]));
  const sentenceOf: SentenceOf = (m) => byIndex.get(m.sentence);
  const clusters = new Map<string, Cluster>();
  const keyOf = new Map<number, string>();
  const actorKeyOf = new Map<number, string>();
  const cluster = (key: string, type: EntityType, canonical: string): Cluster => {
    let c = clusters.get(key);
    if (!c) {
      c = { key, type, canonical, surfaces: new Set(), mentions: 0 };
      clusters.set(key, c);
    }
    return c;
  };
  const assign = (m: Mention, key: string, type: EntityType, canonical: string, surface?: string): void => {
    const c = cluster(key, type, canonical);
    c.mentions++;
    if (surface) c.surfaces.add(surface);
    keyOf.set(m.id, key);
  };

  // A key may name a state only ever referred to by its capital or demonym: its cluster is made here.
  const bump = (key: string): void => {
    (clusters.get(key) ?? cluster(key, "PLACE", key.slice(key.indexOf("|") + 1))).mentions++;
  };

  const names = mentions.filter((m) => m.kind === "name");
  const fullNames = names.filter((m) => m.type === "PERSON" && nameTokens(m.text).length > 1);
  const acronyms = acronymExpansions(names.filter((m) => m.type === "ORGANIZATION"));
  const mainState = dominantState(mentions);
  const institutionCountry = institutionCountryOf(mentions, mainState);
  // "Finance Ministry (Japan)": every state has a finance ministry, and the graph keeps one node per state's.
  const organizationName = (m: Mention): string =>
    m.institution
      ? institutionEntityName({ name: m.institution.name, country: institutionCountry(m) })
      : (m.canonical ?? m.text);

  // One name, one type within an article: the tagger may call "Google" an organisation in one sentence
  // and a place in the next; the majority wins (the first seen on a tie).
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of names) {
    if (m.country) continue;
    const v = votes.get(normalize(m.text)) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(normalize(m.text), v);
  }
  const typeOf = (m: Mention): EntityType => {
    const v = votes.get(normalize(m.text));
    if (!v) return m.type;
    return [...v.entries()].reduce((best, e) => (e[1] > best[1] ? e : best))[0];
  };
  // "The South retaliated … into the North": the half of a divided country the article names in full.
  const halves = new Map<string, string>();
  for (const m of names) {
    const half = m.country && !m.isCapital ? /^(North|South|East|West) /.exec(m.country)?.[1] : undefined;
    if (half) halves.set(half, halves.has(half) && halves.get(half) !== m.country ? "" : m.country!);
  }
  for (const m0 of names) {
    const half = m0.country ? undefined : halves.get(m0.text);
    const m = half
      ? { ...m0, country: half, isCapital: false }
      : m0.country
        ? m0
        : { ...m0, type: typeOf(m0) };
    // "the International Swap Dealers Association … the Association": the latest full name with that head.
    const fuller =
      (m.type === "ORGANIZATION" || m.type === "MISC") && isGenericOrganizationName(m.text)
        ? fullerNameFor(m, names, keyOf)
        : undefined;
    const surnameOf =
      m.type === "PERSON" || (m.country && !m.isCapital) ? undefined : personBySurname(m, fullNames);
    // "Valero Energy Corp … Valero said": a short name, even one the NER took for a person no full name in
    // the story has, or for a miscellaneous name ("McAndrews"), is the one company it begins.
    const shortOf =
      !surnameOf &&
      !m.country &&
      !m.institution &&
      !m.canonical &&
      !acronyms.has(acronymKey(m.text)) &&
      isShortCompanyName(m.text) &&
      (m.type === "ORGANIZATION" ||
        m.type === "MISC" ||
        (m.type === "PERSON" && nameTokens(m.text).length === 1 && fullNameFor(m, fullNames) === m.text))
        ? companyBeginningWith(m, names, keyOf)
        : undefined;
    const company =
      fuller ??
      shortOf ??
      (m.type === "ORGANIZATION" && !m.institution && !m.canonical
        ? nameBeforeOf(m, names, keyOf)
        : undefined);
    if (surnameOf) {
      // "Warhol" tagged an organisation, "Paris" a capital, "Ambassador Mohib": the surname of a person named in full.
      assign(m, `person|${normalize(surnameOf)}`, "PERSON", surnameOf, m.text);
    } else if (m.country && !m.isCapital) {
      assign(m, countryKey(m.country), "PLACE", m.country, m.text);
    } else if (m.country && m.isCapital) {
      assign(m, `place|${m.text.toLowerCase()}`, "PLACE", m.text, m.text);
      actorKeyOf.set(m.id, countryKey(m.country));
    } else if (company) {
      const key = keyOf.get(company.id)!;
      assign(m, key, "ORGANIZATION", clusters.get(key)!.canonical, m.text);
    } else if (m.type === "PERSON") {
      const full = fullNameFor(m, fullNames);
      assign(m, `person|${normalize(full)}`, "PERSON", full, m.text);
    } else if (m.type === "ORGANIZATION") {
      const expansion = m.institution || m.canonical ? undefined : acronyms.get(acronymKey(m.text));
      const long = organizationName(expansion ?? m);
      assign(m, `org|${normalize(withoutLegalForm(long))}`, "ORGANIZATION", long, m.text);
    } else if (/^[A-Z]{2,5}$/.test(acronymKey(m.text)) && acronyms.has(acronymKey(m.text))) {
      // "IE" tagged a place after "Internet Explorer": an acronym of an organisation the article names is it.
      const long = organizationName(acronyms.get(acronymKey(m.text))!);
      assign(m, `org|${normalize(withoutLegalForm(long))}`, "ORGANIZATION", long, m.text);
    } else {
      assign(m, `${m.type}|${normalize(m.text)}`, m.type, m.text, m.text);
    }
  }
  for (const m of mentions) {
    if (m.kind === "demonym" && m.country) actorKeyOf.set(m.id, countryKey(m.country));
  }

  // Roles are known now: "the Ukrainian leader" is whoever an earlier title made leader of Ukraine.
  // A past post makes no one the holder of a title now.
  const current = roles.filter((r) => !r.former);
  const roleHolder = new Map<string, string>();
  for (const r of current) {
    const ownerCountry = r.owner?.country;
    const personKey = keyOf.get(r.person.id);
    if (ownerCountry && personKey && !roleHolder.has(`${r.role}|${ownerCountry}`)) {
      roleHolder.set(`${r.role}|${ownerCountry}`, personKey);
    }
  }
  for (const m of mentions) {
    if (m.kind !== "description" || !m.description) continue;
    const key = roleHolder.get(`${m.description.role}|${m.description.country}`);
    if (!key) continue;
    keyOf.set(m.id, key);
    bump(key);
  }

  // "President Reagan … The president": who holds each title word, by person key.
  const titleHolders = new Map<string, Set<string>>();
  for (const r of current) {
    const key = keyOf.get(r.person.id);
    const word = r.title.toLowerCase().split(/\s+/).pop()!;
    if (key) titleHolders.set(word, (titleHolders.get(word) ?? new Set()).add(key));
  }

  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const mentionsIn = (sentence: number): readonly Mention[] => bySentence.get(sentence) ?? [];
  // Whose an organisation or description is, when its name or words say: "Bank of Japan", "the Dutch central
  // bank", "Central Bank" in a story about Brazil.
  const stateOf = (m: Mention): string | undefined => {
    if (m.institution) return institutionCountry(m);
    if (m.kind === "nominal") {
      const s = sentenceOf(m);
      return s && descriptionState(s, mentionsIn(m.sentence), m);
    }
    return m.stateInName;
  };

  // "A spokesman for LTV Steel Co … declined comment, adding that the company does not make heavy plate": the
  // company whose spokesperson speaks earlier in the sentence, by description or by title. Not in a quote: there
  // the speaker's own company is "we", and "the company" another (a creditor's spokesman quoted on "how the
  // company plans to restructure" speaks of the debtor).
  const speakerCompany = (m: Mention): Mention | undefined => {
    const quotes = sentenceOf(m)?.words.slice(0, m.start).filter(isQuoteMark).length ?? 0;
    if (quotes % 2 === 1) return undefined;
    const earlier = (x: Mention): boolean => x.sentence === m.sentence && x.end <= m.start;
    // "An Avon spokesman said the company …": the name before the noun says whose he is, as "for" would.
    const namedBefore = (x: Mention): Mention | undefined =>
      spokespersonNouns.has(sentenceOf(x)?.words[x.head]?.toLowerCase() ?? "")
        ? mentionsIn(m.sentence).find((o) => o.kind === "name" && o.end === x.start)
        : undefined;
    const described = mentionsIn(m.sentence)
      .filter((x) => earlier(x) && x.kind === "nominal")
      .map((x) => spokespersonOwner(x, mentionsIn(m.sentence), sentenceOf) ?? namedBefore(x))
      .find((o) => o?.kind === "name" && o.type === "ORGANIZATION");
    const titled = current.find(
      (r) => r.role === "SPOKESPERSON_FOR" && earlier(r.person) && r.owner?.type === "ORGANIZATION",
    )?.owner;
    return described ?? (titled?.kind === "name" ? titled : undefined);
  };

  // The entity name of a state institution a description names with its state: "Costa Rica's central bank".
  const describedInstitution = (m: Mention): string | undefined => {
    const institution = m.type === "ORGANIZATION" ? stateInstitution(m.text, () => undefined) : undefined;
    const country = institution && stateOf(m);
    return country && institutionEntityName({ name: institution.name, country });
  };

  // Descriptions point back to a named entity, or to an earlier description ("a team" … "the team"); those
  // about nothing named form entities of their own, kept for resolution but never put in the graph.
  const nominalAntecedents = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.kind !== "nominal") continue;
    const antecedent = findNominalAntecedent(
      m,
      mentions,
      keyOf,
      sentenceOf,
      titleHolders,
      stateOf,
      speakerCompany,
    );
    const institution = antecedent ? undefined : describedInstitution(m);
    if (antecedent) {
      const key = keyOf.get(antecedent.id)!;
      keyOf.set(m.id, key);
      nominalAntecedents.set(m.id, antecedent);
      bump(key);
    } else if (institution) {
      // "Costa Rica's central bank", "the Dutch central bank": a state's institution its own words name is the
      // node a name would give it ("Central Bank (Costa Rica)"), though the story never names it.
      assign(m, `org|${normalize(withoutLegalForm(institution))}`, "ORGANIZATION", institution);
    } else if (m.type !== "MISC") {
      const key = `${nominalPrefix}${m.type}|${m.sentence}|${m.start}`;
      cluster(key, m.type, m.text).mentions++;
      keyOf.set(m.id, key);
    }
  }

  // "Brazil proposed …, a spokesman for the Central Bank said": an unnamed spokesman is a person of his own,
  // but what he says the bank says; so does "the spokesman" (and "he") that takes him up later.
  const spokenFor = new Map<number, string>();
  // Named after "for" or "of"; else, for a bare "the spokesman", whom the spokesman it takes up spoke for ("A
  // VW spokesman", "the Reebok spokesman" say whose they are).
  const spokenForKey = (m: Mention): string | undefined => {
    const owner = spokespersonOwner(m, mentionsIn(m.sentence), sentenceOf);
    if (owner) {
      const key = actorKeyOf.get(owner.id) ?? keyOf.get(owner.id);
      return key?.startsWith(nominalPrefix) ? undefined : key;
    }
    const antecedent = /^the \S+$/i.test(m.text) ? nominalAntecedents.get(m.id) : undefined;
    return antecedent?.kind === "nominal" ? spokenFor.get(antecedent.id) : undefined;
  };
  for (const m of mentions) {
    if (m.kind !== "nominal" || !keyOf.get(m.id)?.startsWith(nominalPrefix)) continue;
    const key = spokenForKey(m);
    if (key) spokenFor.set(m.id, key);
  }

  // What the article says of a person's sex: an honorific before a name ("Mrs Sam"), a gendered word of
  // kin or office right before it ("his wife Manju Sam", "spokeswoman Jane Ortiz").
  const sexOf = new Map<string, Sex>();
  for (const m of names) {
    const key = keyOf.get(m.id);
    const before = sentenceOf(m)?.words[m.start - 1]?.toLowerCase();
    const sex = before === undefined ? undefined : sexWords.get(before);
    if (key && sex && !sexOf.has(key)) sexOf.set(key, sex);
  }
  const sexOfMention = (a: Mention): Sex | undefined => {
    const key = keyOf.get(a.id);
    return key === undefined ? undefined : sexOf.get(key);
  };
  for (const m of mentions) {
    if (m.kind !== "pronoun" || m.pronoun === "group") continue;
    const s = sentenceOf(m);
    if (!s || s.deprels[m.head] === "expl") continue;
    const entityType = (a: Mention): EntityType | undefined => clusters.get(keyOf.get(a.id)!)?.type;
    // "It said the bank started …, but it gave no details": the speaker, or no one if it is unknown.
    const speaker = conjoinedSpeaker(m, mentions, sentenceOf, entityType);
    const antecedent = speaker
      ? keyOf.has(speaker.id)
        ? speaker
        : undefined
      : findAntecedent(m, mentions, keyOf, sentenceOf, entityType, sexOfMention);
    if (antecedent) {
      const key = actorKeyOf.get(antecedent.id) ?? keyOf.get(antecedent.id)!;
      keyOf.set(m.id, key);
      bump(key);
      const owner = spokenFor.get(antecedent.id);
      if (owner) spokenFor.set(m.id, owner);
    }
  }

  // "the Sams": the people of the article whose surname is the plural's stem.
  const familyOf = (m: Mention): Mention[] => {
    const stem = /^(\p{Lu}\p{L}+?)(?:es|s)$/u.exec(m.text)?.[1];
    if (!stem) return [];
    const seen = new Set<string>();
    return fullNames.filter((f) => {
      const key = keyOf.get(f.id);
      if (
        !key ||
        seen.has(key) ||
        (nameTokens(f.text).at(-1) !== stem && nameTokens(f.text).at(-1) !== `${stem}e`)
      )
        return false;
      seen.add(key);
      return true;
    });
  };

  // "Both countries" are the two states the article has spoken of most so far; "they" right after is them.
  const groupKeys = new Map<number, string[]>();
  for (const m of mentions) {
    const family = m.kind === "name" ? familyOf(m) : [];
    if (m.kind === "group") {
      const counts = new Map<string, number>();
      for (const prior of mentions) {
        if (prior.sentence > m.sentence || (prior.sentence === m.sentence && prior.start >= m.start)) break;
        const key = actorKeyOf.get(prior.id) ?? keyOf.get(prior.id);
        if (key?.startsWith("place|") && (prior.country || actorKeyOf.has(prior.id)))
          counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
      if (top.length === 2)
        groupKeys.set(
          m.id,
          top.map(([k]) => k),
        );
    } else if (family.length >= 2) {
      groupKeys.set(
        m.id,
        family.map((f) => keyOf.get(f.id)!),
      );
    } else if (m.pronoun === "group") {
      const antecedent = [...mentions]
        .reverse()
        .find(
          (g) =>
            groupKeys.has(g.id) &&
            g.sentence >= m.sentence - 1 &&
            (g.sentence < m.sentence || g.end <= m.start),
        );
      if (antecedent) groupKeys.set(m.id, groupKeys.get(antecedent.id)!);
    }
  }

  const entityOfKey = (key: string | undefined): Entity | undefined => {
    if (!key) return undefined;
    const c = clusters.get(key) ?? countryCluster(key);
    if (!c) return undefined;
    const nominalOnly = key.startsWith(nominalPrefix);
    c.entity ??= {
      id: nominalOnly
        ? `nominal:${key.slice(nominalPrefix.length)}`
        : // One id for "Sandoz AG" in one article and "Sandoz" in the next, so the graph keeps one node.
          `${c.type.toLowerCase()}:${slugify(c.type === "ORGANIZATION" ? withoutLegalForm(c.canonical) : c.canonical) || "unnamed"}`,
      name: c.canonical,
      type: c.type,
      aliases: [],
      mentions: 0,
    };
    return c.entity;
  };
  // Demonyms and capitals that act make their country an entity even if it is never named.
  const countryCluster = (key: string): Cluster | undefined =>
    key.startsWith("place|") ? cluster(key, "PLACE", key.slice("place|".length)) : undefined;

  return {
    entityOf: (m) => entityOfKey(keyOf.get(m.id)),
    actorOf: (m) => entityOfKey(actorKeyOf.get(m.id) ?? spokenFor.get(m.id) ?? keyOf.get(m.id)),
    membersOf: (m) => (groupKeys.get(m.id) ?? []).map((k) => entityOfKey(k)!).filter(Boolean),
    articleState: () => (mainState === undefined ? undefined : entityOfKey(countryKey(mainState))),
    entities: () =>
      [...clusters.values()]
        .filter((c) => (c.entity || c.mentions > 0) && !c.key.startsWith(nominalPrefix))
        .map((c) => {
          const e = entityOfKey(c.key)!;
          e.mentions = Math.max(c.mentions, 1);
          e.aliases = [...c.surfaces].filter((x) => x !== c.canonical).sort();
          return e;
        }),
  };
}

function countryKey(country: string): string {
  return `place|${country}`;
}

function normalize(name: string): string {
  // "Organisation"/"Organization" are one name in two spellings.
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .replace(/isation\b/g, "ization")
    .trim();
}

function nameTokens(name: string): string[] {
  return name.split(/\s+/).filter((t) => t.length > 0);
}

/**
 * A one-word person name joins the closest full name before it with that surname (or first name),
 * else the first one after it; a full name is itself.
 */
function fullNameFor(m: Mention, fullNames: readonly Mention[]): string {
  const tokens = nameTokens(m.text);
  if (tokens.length > 1) return m.text;
  const word = normalize(m.text);
  const matches = fullNames.filter((f) => {
    const ft = nameTokens(f.text).map(normalize);
    return ft[ft.length - 1] === word || ft[0] === word;
  });
  const before = matches.filter(
    (f) => f.sentence < m.sentence || (f.sentence === m.sentence && f.start < m.start),
  );
  return (before[before.length - 1] ?? matches[0])?.text ?? m.text;
}

/** The organisations named before `m` with a name of more than one word, in the article's order. */
function earlierOrganizations(
  m: Mention,
  names: readonly Mention[],
  keyOf: ReadonlyMap<number, string>,
): Mention[] {
  const out: Mention[] = [];
  for (const x of names) {
    if (x.sentence > m.sentence || (x.sentence === m.sentence && x.start >= m.start)) break;
    if (keyOf.get(x.id)?.startsWith("org|") && nameTokens(x.text).length > 1) out.push(x);
  }
  return out;
}

/** The latest organisation named before `m` whose name is headed by `m`'s one word. */
function fullerNameFor(
  m: Mention,
  names: readonly Mention[],
  keyOf: ReadonlyMap<number, string>,
): Mention | undefined {
  const word = m.text.toLowerCase();
  return earlierOrganizations(m, names, keyOf).findLast((x) => headWords(x.text).includes(word));
}

/**
 * "Valero Energy Corp … Valero said": the one company named before `m` whose name `m` begins. Two such
 * companies ("Harmon Energy Corp and Harmon Steel Inc … Harmon") leave `m` to neither, and so does a short
 * name the story used before the full one: "AIRCOA said it formed AIRCOA Hotel Partners LP" names two.
 */
function companyBeginningWith(
  m: Mention,
  names: readonly Mention[],
  keyOf: ReadonlyMap<number, string>,
): Mention | undefined {
  const first = names.find((x) => normalize(x.text) === normalize(m.text))!;
  return soleOrganization(
    earlierOrganizations(first, names, keyOf).filter((x) => beginsCompanyName(m.text, x.text)),
    keyOf,
  );
}

/**
 * "Canadian Imperial Bank of Commerce … a Canadian Imperial Bank spokesman": a name of two words or more that
 * an earlier organisation's name continues with "of …" is that organisation, when only one does and the
 * name has no legal form of its own.
 */
function nameBeforeOf(
  m: Mention,
  names: readonly Mention[],
  keyOf: ReadonlyMap<number, string>,
): Mention | undefined {
  // "Ford Motor Co" is a company of its own beside "Ford Motor Co of Canada": a legal form ends a full name.
  if (nameTokens(m.text).length < 2 || companySuffix.test(m.text.split(/\s+/).at(-1)!)) return undefined;
  const prefix = `${normalize(m.text)} of `;
  return soleOrganization(
    earlierOrganizations(m, names, keyOf).filter((x) => normalize(x.text).startsWith(prefix)),
    keyOf,
  );
}

/** The last of `candidates` when they all name one organisation; with two or more, none is sure. */
function soleOrganization(
  candidates: readonly Mention[],
  keyOf: ReadonlyMap<number, string>,
): Mention | undefined {
  return new Set(candidates.map((x) => keyOf.get(x.id))).size === 1 ? candidates.at(-1) : undefined;
}

/** The full name of the person whose surname is this name once titles are stripped, if the article has one. */
function personBySurname(m: Mention, fullNames: readonly Mention[]): string | undefined {
  const tokens = nameTokens(m.text);
  while (tokens.length > 1 && isTitleWord(tokens[0]!)) tokens.shift();
  if (tokens.length !== 1) return undefined;
  const word = normalize(tokens[0]!);
  return fullNames.find((f) => normalize(nameTokens(f.text).at(-1)!) === word)?.text;
}

/** "EU" → "European Union" when the article spells the organisation out somewhere. */
function acronymExpansions(orgs: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const o of orgs) {
    // "NTT" for "Nippon Telegraph and Telephone Co": the initials with and without the legal form.
    for (const name of new Set([o.text, withoutLegalForm(o.text)])) {
      const words = nameTokens(name).filter((w) => /^[A-Z]/.test(w));
      // "EC Commission" is no expansion of "EC": an expansion spells every word out.
      if (words.length < 2 || words.some((w) => /^[A-Z]{2,}$/.test(w))) continue;
      const initials = words.map((w) => w[0]).join("");
      if (!out.has(initials)) out.set(initials, o);
    }
  }
  return out;
}

function acronymKey(text: string): string {
  return text.replace(/\./g, "");
}

/** "X unit Y" or "X's Y affiliate": the unit, when `parent` is X. */
function unitAfter(
  parent: Mention,
  mentions: readonly Mention[],
  sentenceOf: SentenceOf,
): Mention | undefined {
  const s = sentenceOf(parent);
  const next = mentions.find((m) => m.sentence === parent.sentence && m.start === parent.end + 1);
  return s && ownedUnit(s, parent, next) !== undefined ? next : undefined;
}

/**
 * "NWA Inc's Northwest Airlines said it is cutting fares", "India's state-owned Oil India Ltd said it
 * received": the company a possessor introduces, a few modifiers on, is what the parser took the possessor
 * for. "General Motors' dealings … as it tries" introduces none and stays General Motors.
 */
function possessedCompany(
  possessor: Mention,
  mentions: readonly Mention[],
  sentenceOf: SentenceOf,
): Mention | undefined {
  const s = sentenceOf(possessor);
  if (!s || !isPossessive(s.words[possessor.end] ?? "")) return undefined;
  const company = mentions.find(
    (m) =>
      m.sentence === possessor.sentence &&
      m.kind === "name" &&
      m.type === "ORGANIZATION" &&
      m.start > possessor.end &&
      m.start <= possessor.end + 5,
  );
  if (!company) return undefined;
  // Only modifiers between: "Xerox Corp's affiliate Rank Xerox", "India's state-owned Oil India"; not
  // "General Motors' dealings with the United Auto Workers".
  for (let k = possessor.end + 1; k < company.start; k++) {
    const hyphenated = s.words[k] === "-" || s.words[k - 1] === "-";
    if (!hyphenated && !/^(ADJ|NOUN)$/.test(s.upos[k]!)) return undefined;
  }
  return company;
}

function findAntecedent(
  pronoun: Mention,
  mentions: readonly Mention[],
  keyOf: Map<number, string>,
  sentenceOf: SentenceOf,
  entityType: (m: Mention) => EntityType | undefined,
  sexOf: (m: Mention) => Sex | undefined,
): Mention | undefined {
  // "She died …" is not Dean Kamen: a pronoun's sex rules out a person the article shows to be of the other.
  const sex = pronounSex.get(pronoun.text.toLowerCase());
  // "he" is one person: never "officials" or "the girls".
  const plural = (m: Mention): boolean =>
    m.kind === "nominal" && /^NNP?S$/.test(sentenceOf(m)?.xpos[m.head] ?? "");
  // The entity's type, not the mention's: "their child, Gloria", tagged an organisation once, is the girl
  // the rest of the article names.
  // "Canada Mortgage and Housing Corp said it …": a state named inside a name is no antecedent.
  const fits = (m: Mention): boolean => {
    if (!keyOf.has(m.id) || m.kind === "pronoun" || m.nested) return false;
    const type = entityType(m) ?? m.type;
    if (pronoun.pronoun !== "person") return type === "ORGANIZATION" || type === "PLACE";
    const other = sexOf(m);
    return type === "PERSON" && !plural(m) && !(sex && other && other !== sex);
  };
  const nearest = (excluded: ReadonlySet<string>): Mention | undefined => {
    const within = (window: number) =>
      mentions.filter(
        (m) =>
          fits(m) &&
          !excluded.has(keyOf.get(m.id)!) &&
          m.sentence >= pronoun.sentence - window &&
          (m.sentence < pronoun.sentence || (m.sentence === pronoun.sentence && m.end <= pronoun.start)),
      );
    const candidates = within(pronounWindow);
    // Only a conflict counts: preferring a person known to be of the pronoun's sex over the nearest one took
    // "She died …" from the baby to her mother ("his wife Manju Sam").
    if (pronoun.pronoun === "person") {
      const last = candidates[candidates.length - 1];
      return last && (appositionHost(last, pronoun, candidates, sentenceOf) ?? last);
    }
    // In "Morgan Stanley Group Inc unit Natural Gas Clearinghouse Inc said it" (and "USX Corp's USS
    // subsidiary said …"), "it" is the unit the parent's name introduces.
    const unitOf = (m: Mention): Mention =>
      unitAfter(m, candidates, sentenceOf) ?? possessedCompany(m, candidates, sentenceOf) ?? m;
    // "The company said the adjustment is due to the FSLIC's move. It said …": who spoke goes on speaking.
    // A speaker is looked for further back than a subject: "…, the China Daily said. [two sentences on the
    // venture, one with China as a subject] It said …" is the newspaper still.
    const s = sentenceOf(pronoun);
    const speaker =
      s && speaks(pronoun, s)
        ? within(speakerWindow)
            .filter((m) => speaks(m, sentenceOf(m)!))
            .pop()
        : undefined;
    if (speaker) return unitOf(speaker);
    // Else "it"/"its" mostly refer back to the subject of the clause or the sentence before. For "its", the
    // possessor of a subject is one too: "Internet Explorer's market share is slipping. Mozilla Firefox, its
    // main rival, …" ("it said" after "Japan's trade surplus is expected …" is the institute that spoke, not
    // Japan).
    const possessive = /^its$/i.test(pronoun.text);
    const subjects = candidates.filter((m) => {
      const s = sentenceOf(m);
      if (!s || tellerBefore(s, m.start) !== undefined) return false;
      const head = s.heads[m.head]!;
      const possessorOfSubject =
        possessive && s.deprels[m.head] === "nmod:poss" && head >= 0 && s.deprels[head]!.startsWith("nsubj");
      return s.deprels[m.head]!.startsWith("nsubj") || possessorOfSubject;
    });
    const last = subjects[subjects.length - 1];
    return last && unitOf(last);
  };
  const found = nearest(new Set());
  // "Microsoft has replaced it": a pronoun object is never its own clause's subject (that is "itself").
  // "Craxi told him" is someone else named before; but an "it" its subject accepts, rejects or approves is
  // most often a thing no name stands for (the offer, the deal), so it is left unresolved.
  const mates = new Set(clauseMateSubjects(pronoun, mentions, sentenceOf).map((m) => keyOf.get(m.id)!));
  if (found === undefined || !mates.has(keyOf.get(found.id)!)) return found;
  return pronoun.pronoun === "person" ? nearest(mates) : undefined;
}

/** Nouns for one who speaks for an organisation or state. */
const spokespersonNouns = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/**
 * The organisation or state an unnamed spokesperson speaks for, after "for" or "of": the Central Bank in "a
 * spokesman for the Central Bank said" (a description, "a spokesman for the company", too).
 */
function spokespersonOwner(
  m: Mention,
  sentenceMentions: readonly Mention[],
  sentenceOf: SentenceOf,
): Mention | undefined {
  const s = sentenceOf(m);
  if (!s || !spokespersonNouns.has(s.words[m.head]!.toLowerCase())) return undefined;
  const owner = (s.children[m.head] ?? []).find(
    (k) =>
      s.deprels[k] === "nmod" &&
      (s.children[k] ?? []).some((c) => s.deprels[c] === "case" && /^(for|of)$/i.test(s.words[c]!)),
  );
  if (owner === undefined) return undefined;
  const covering = sentenceMentions.filter((o) => !o.nested && o.start <= owner && owner < o.end);
  const found = covering.find((o) => o.kind === "name") ?? covering.find((o) => o.kind === "nominal");
  return found && found.type !== "PERSON" && found.type !== "MISC" ? found : undefined;
}

/**
 * The subject of the speech verb a pronoun's clause is conjoined to, when it is of the pronoun's kind: in
 * "It said the bank started new services, but it gave no more details", the second "it" is whoever said
 * so, not the bank it reported on.
 */
function conjoinedSpeaker(
  pronoun: Mention,
  mentions: readonly Mention[],
  sentenceOf: SentenceOf,
  entityType: (m: Mention) => EntityType | undefined,
): Mention | undefined {
  const s = sentenceOf(pronoun);
  if (!s || !s.deprels[pronoun.head]!.startsWith("nsubj")) return undefined;
  const verb = s.heads[pronoun.head]!;
  const speech = verb >= 0 && s.deprels[verb] === "conj" ? s.heads[verb]! : -1;
  if (
    speech < 0 ||
    speech > pronoun.start ||
    s.upos[speech] !== "VERB" ||
    !speechVerbs.has(s.lemmas[speech]!)
  )
    return undefined;
  // Two subjects are a misparse of one ("Director of public credit Angel Gurria told …"): no speaker is sure.
  const subjects = (s.children[speech] ?? []).filter((k) => s.deprels[k] === "nsubj");
  if (subjects.length !== 1) return undefined;
  const subject = subjects[0]!;
  const speaker = mentions.find(
    (m) => m.sentence === pronoun.sentence && !m.nested && m.start <= subject && subject < m.end,
  );
  // "They said …, but it gave no details", "analysts said …, but he declined": no one speaker to be.
  if (!speaker || speaker.pronoun === "group" || /^NNP?S$/.test(s.xpos[subject]!)) return undefined;
  const type = speaker.kind === "pronoun" ? speaker.type : (entityType(speaker) ?? speaker.type);
  return (pronoun.pronoun === "person") === (type === "PERSON") ? speaker : undefined;
}

/**
 * The person whose apposition (or its of-phrase) names `inner`, when the pronoun comes after that
 * apposition in the same sentence: in "Former aide John Miller, a close friend of Senator Tom Baker, was
 * charged because he lied", "he" is Miller, whom the sentence is about, not Baker, named only to describe him.
 */
function appositionHost(
  inner: Mention,
  pronoun: Mention,
  candidates: readonly Mention[],
  sentenceOf: SentenceOf,
): Mention | undefined {
  const s = sentenceOf(inner);
  if (!s || inner.sentence !== pronoun.sentence) return undefined;
  const appos = enclosingApposition(s, inner.head);
  if (appos === undefined || enclosingApposition(s, pronoun.head) === appos) return undefined;
  const hostHead = s.heads[appos]!;
  return candidates.find(
    (m) => m.sentence === inner.sentence && m !== inner && m.start <= hostHead && hostHead < m.end,
  );
}

/** The nearest "appos" token above `token` (or `token` itself), else undefined. */
function enclosingApposition(s: AnalyzedSentence, token: number): number | undefined {
  for (let cur = token, depth = 0; cur >= 0 && depth < s.words.length; cur = s.heads[cur]!, depth++) {
    if (s.deprels[cur] === "appos") return cur;
  }
  return undefined;
}

/** The subjects of the verb a non-possessive pronoun is the object of: "Microsoft" in "Microsoft replaced it". */
function clauseMateSubjects(
  pronoun: Mention,
  mentions: readonly Mention[],
  sentenceOf: SentenceOf,
): Mention[] {
  const s = sentenceOf(pronoun);
  if (!s || !/^(obj|iobj|obl)/.test(s.deprels[pronoun.head]!) || s.xpos[pronoun.head] === "PRP$") return [];
  const verb = s.heads[pronoun.head];
  return mentions.filter(
    (m) =>
      m.sentence === pronoun.sentence &&
      m !== pronoun &&
      s.heads[m.head] === verb &&
      s.deprels[m.head]!.startsWith("nsubj"),
  );
}

type Sex = "female" | "male";

const pronounSex = new Map<string, Sex>([
  ...["she", "her", "hers", "herself"].map((w) => [w, "female"] as const),
  ...["he", "him", "his", "himself"].map((w) => [w, "male"] as const),
]);

/** Words right before a name that say the person's sex. */
const sexWords = new Map<string, Sex>([
  ...[
    ...["mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess"],
    ...["wife", "widow", "mother", "daughter", "sister"],
    ...["spokeswoman", "chairwoman", "businesswoman", "congresswoman"],
  ].map((w) => [w, "female"] as const),
  ...[
    ...["mr", "mr.", "sir", "lord", "king", "prince"],
    ...["husband", "widower", "father", "son", "brother", "uncle", "nephew"],
    ...["spokesman", "congressman", "businessman"],
  ].map((w) => [w, "male"] as const),
]);

const newlyFormed = /^(merged|combined|new|joint|resulting|proposed)$/i;
const contrastive = /^(other|another|such|similar|rival|competing)$/i;
/**
 * Adjectives that make a bank, company, agency or court another kind than a named one: "commercial banks",
 * "the lower court" after the Court of Appeals.
 */
const kindAdjectives = new Set([
  "commercial",
  "lower",
  "higher",
  "appellate",
  "private",
  "foreign",
  "local",
  "domestic",
  "regional",
  "mutual",
  "cooperative",
]);
const nominalWindow = 3;
const repeatWindow = 10;
const countryNouns = new Set(["country", "nation", "kingdom", "republic", "state"]);
const cityNouns = new Set(["city", "town", "capital", "village"]);
const companyNouns = new Set(["company", "firm"]);
const regionNouns = new Set([
  "region",
  "province",
  "island",
  "territory",
  "area",
  "district",
  "county",
  "coast",
]);

/**
 * What a definite description refers back to: the latest name containing its head noun ("the project"
 * → "Flag Consideration Project"), else, for a noun of a known class, the latest entity of that class
 * nearby ("the country" → the last country named, "the boy" → the last person named).
 */
function findNominalAntecedent(
  m: Mention,
  mentions: readonly Mention[],
  keyOf: Map<number, string>,
  sentenceOf: SentenceOf,
  titleHolders: ReadonlyMap<string, ReadonlySet<string>>,
  stateOf: (m: Mention) => string | undefined,
  speakerCompany: (m: Mention) => Mention | undefined,
): Mention | undefined {
  const s = sentenceOf(m);
  const head = s?.words[m.head]?.toLowerCase();
  if (!head) return undefined;
  // "Alireza Mehraban, the team's coach" / "the coach, Alireza Mehraban" / "Mehraban is the coach".
  if (s) {
    const linked = mentions.find((x) => {
      if (x.sentence !== m.sentence || x.id === m.id || !keyOf.has(x.id) || x.kind !== "name") return false;
      // A region is never the person beside it, whatever the parse says.
      if (m.type !== "MISC" && m.type !== x.type) return false;
      const appos =
        (s.deprels[m.head] === "appos" && s.heads[m.head] === x.head) ||
        (s.deprels[x.head] === "appos" && s.heads[x.head] === m.head);
      const predicate =
        (s.children[m.head] ?? []).some((k) => s.deprels[k] === "cop") &&
        (s.children[m.head] ?? []).some((k) => s.deprels[k] === "nsubj" && k >= x.start && k < x.end);
      return appos || predicate;
    });
    if (linked) return linked;
  }
  // "the merged group", "the new company": something the story brings into being, not one named before;
  // "other states", "another company": explicitly not the one named before.
  if (
    s &&
    (s.children[m.head] ?? []).some(
      (k) =>
        /^(amod|det)$/.test(s.deprels[k]!) &&
        (newlyFormed.test(s.words[k]!) || contrastive.test(s.words[k]!)),
    )
  )
    return undefined;
  const before = mentions.filter(
    (x) =>
      (x.kind === "name" || x.kind === "description" || x.kind === "nominal") &&
      keyOf.has(x.id) &&
      (x.sentence < m.sentence || (x.sentence === m.sentence && x.end <= m.start)),
  );
  // "the National Distillers' spirits company": a company a name possesses is that one's, never the story's
  // company nor an earlier "the company" (nor the possessor itself: it is a part of National Distillers).
  if (
    m.type === "ORGANIZATION" &&
    companyNouns.has(head) &&
    isPossessive(s?.words[m.start - 1] ?? "") &&
    before.some((x) => x.kind === "name" && x.sentence === m.sentence && x.end === m.start - 1)
  )
    return undefined;
  // The speaker's company comes before the story's and before an earlier "the company", which stood for that.
  const speaker =
    m.type === "ORGANIZATION" && companyNouns.has(head) && !m.indefinite ? speakerCompany(m) : undefined;
  if (speaker && keyOf.has(speaker.id)) return speaker;
  const singular = head.replace(/s$/, "");
  // The head of the earlier phrase, not any word in it: "the project" is the "Flag Consideration Project" and
  // "the church" the "Church of Scientology", but "workers" are not the "Commercial Workers Union".
  // A bare plural is a kind, not a name's head repeated: "states showing big enrollment" after the United States.
  const barePlural =
    m.indefinite === true &&
    s?.xpos[m.head] === "NNS" &&
    /^\p{Ll}/u.test(s.words[m.head]!) &&
    !(s.children[m.head] ?? []).some((k) => s.deprels[k] === "compound");
  // "The banks, acknowledging …" are not the World Bank ("the bank"): a plural repeats only a plural head.
  const plural = s?.xpos[m.head] === "NNS";
  // "commercial bank lending" after the World Bank: an adjective that makes it another kind of bank must
  // be the earlier phrase's too ("the central bank" is still the Bank of England).
  const kinds = (s?.children[m.head] ?? [])
    .filter((k) => s!.deprels[k] === "amod" && kindAdjectives.has(s!.words[k]!.toLowerCase()))
    .map((k) => s!.words[k]!.toLowerCase());
  // "a centre-left party" after the Social Democratic Party: an indefinite article brings in a new one, though
  // it may still take up a description ("a woman" after the headline's "woman").
  // So does "one": "one Japanese oil company, which holds interests with Texaco, said" is not Texaco.
  const articled = (s?.children[m.head] ?? []).some(
    (k) =>
      (s!.deprels[k] === "det" && /^(a|an)$/i.test(s!.words[k]!)) ||
      (s!.deprels[k] === "nummod" && /^one$/i.test(s!.words[k]!)),
  );
  // "the Dutch central bank" after the Bank of Japan: a state the description names must not be another's.
  const state = stateOf(m);
  const repeated = before.filter(
    (x) =>
      !((barePlural || articled) && x.kind === "name") &&
      headWords(x.text).some((w) => w === head || (w === singular && !plural)) &&
      kinds.every((k) => x.text.toLowerCase().split(/\s+/).includes(k)) &&
      !(state && stateOf(x) && stateOf(x) !== state),
  );
  if (repeated.length > 0 && repeated[repeated.length - 1]!.sentence >= m.sentence - repeatWindow) {
    return repeated[repeated.length - 1];
  }
  // An indefinite description introduces something new unless it repeats an earlier head; a plural one
  // ("the refugees") is a group, never the one person or place named last.
  if (m.type === "MISC" || m.indefinite || s?.xpos[m.head] === "NNS") return undefined;
  // "the country", "the nation": the state the story is about, i.e. the one named most so far.
  if (m.type === "PLACE" && countryNouns.has(head)) {
    const counts = new Map<string, { n: number; last: Mention }>();
    for (const x of before) {
      if (!x.country || x.isCapital || x.kind !== "name") continue;
      const c = counts.get(x.country) ?? { n: 0, last: x };
      counts.set(x.country, { n: c.n + 1, last: x });
    }
    return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.last;
  }
  // "the company" in business news is the company the story is about: the one named most so far, and of
  // those named as often the one named first ("First Interstate … filed …; Goldman, Sachs and Co will be lead
  // underwriter, it said. The company also said …").
  // A public body is no company, however often named: "In a filing with the ICC, the company outlined …".
  if (m.type === "ORGANIZATION" && companyNouns.has(head)) {
    const bodies = new Set(before.filter((x) => isPublicBody(x)).map((x) => keyOf.get(x.id)!));
    // "American Express Co said it and its Shearson Lehman subsidiary … The company said": the company that
    // spoke last speaks again, however often another is named in between.
    const isSpeakingCompany = (x: Mention): boolean =>
      keyOf.get(x.id)!.startsWith("org|") && !bodies.has(keyOf.get(x.id)!) && speaks(x, sentenceOf(x)!);
    const lastSpeaker = s && speaks(m, s) ? before.filter(isSpeakingCompany).pop() : undefined;
    if (lastSpeaker) return lastSpeaker;
    const counts = new Map<string, { n: number; first: number; last: Mention }>();
    for (const x of before) {
      if (x.kind !== "name" || x.type !== "ORGANIZATION" || bodies.has(keyOf.get(x.id)!)) continue;
      const key = keyOf.get(x.id)!;
      const c = counts.get(key) ?? { n: 0, first: x.sentence, last: x };
      counts.set(key, { n: c.n + 1, first: c.first, last: x });
    }
    const top = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
    if (top) return top.last;
  }
  // "the China Daily said … the paper said": the newspaper named last.
  if (m.type === "ORGANIZATION" && newspaperNouns.has(head)) {
    return before.filter((x) => x.kind === "name" && newspaperNames.test(x.text)).pop();
  }
  // "The president" after "President Reagan … William Webster": the one the article gave that title.
  const holders = m.type === "PERSON" ? titleHolders.get(head) : undefined;
  const holder = holders && before.filter((x) => holders.has(keyOf.get(x.id)!)).pop();
  if (holder) return holder;
  // "I know the President has had some difficulties", said by Deng: a capitalised title no one in the story
  // was given names an office holder the story does not name, not the last person named.
  if (m.type === "PERSON" && isTitleWord(head) && /^\p{Lu}/u.test(s!.words[m.head]!)) return undefined;
  const near = before.filter((x) => x.sentence >= m.sentence - nominalWindow && x.type === m.type);
  const fitting = near.filter((x) => {
    if (m.type === "PLACE" && countryNouns.has(head)) return Boolean(x.country) && !x.isCapital;
    if (m.type === "PLACE" && cityNouns.has(head)) return !x.country || Boolean(x.isCapital);
    // "the gallery", "the square": a facility is not the last city or country named; only its own name says which.
    if (m.type === "PLACE") return regionNouns.has(head);
    if (m.type === "ORGANIZATION")
      return ["company", "firm", "group", "organisation", "organization"].includes(head);
    return true;
  });
  return fitting[fitting.length - 1];
}

/** Nouns that take up a newspaper named before. */
const newspaperNouns: ReadonlySet<string> = new Set(["paper", "newspaper"]);
/** Names of newspapers: "China Daily", "The New York Times", "Asahi Shimbun", "Sunday Telegraph". */
const newspaperNames =
  /\b(Daily|Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Shimbun|Ilbo|Zeitung|Pravda|Izvestia|Finanza|Handelsblatt)$/;

/** Last words of the names of regulators, courts, ministries and assemblies. */
const publicBodyHeads = new Set([
  "commission",
  "committee",
  "court",
  "department",
  "ministry",
  "agency",
  "authority",
  "bureau",
  "council",
  "office",
  "parliament",
  "senate",
  "congress",
  "administration",
  "government",
]);

/** A name of a public body: a state's institution, an international organisation, or a name ending so. */
function isPublicBody(m: Mention): boolean {
  if (m.kind !== "name") return false;
  return (
    m.institution !== undefined ||
    m.canonical !== undefined ||
    publicBodyHeads.has(m.text.toLowerCase().split(/\s+/).at(-1)!)
  );
}

/** The words that can head a name or description: its last word, and the word before "of"/"for". */
function headWords(text: string): string[] {
  const words = text.toLowerCase().split(/\s+/);
  const heads = [words[words.length - 1]!];
  words.forEach((w, i) => {
    if ((w === "of" || w === "for") && i > 0) heads.push(words[i - 1]!);
  });
  return heads;
}
