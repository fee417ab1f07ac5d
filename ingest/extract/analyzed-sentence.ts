import type { NerTag } from "../ner/ner-tag";
import { adverbSubjects } from "./adverb-subjects";
import { quotedSpeakers } from "./quoted-speakers";
import { copularPassives } from "./copular-passives";
import { bracketedSpeakers } from "./bracketed-speakers";
import { clauseSubjects } from "./clause-subjects";
import { coordinatedModifiers } from "./coordinated-modifiers";
import { possessedNames } from "./possessed-names";
import { possessorSubjects } from "./possessor-subjects";
import { possessiveSubjects } from "./possessive-subjects";
import { conjoinedVerbs } from "./conjoined-verbs";
import { coordinatedSubjects } from "./coordinated-subjects";
import { dueToInfinitives } from "./due-to-infinitives";
import { copularVerbs } from "./copular-verbs";
import { describedNames } from "./described-names";
import { hyphenParticiples } from "./hyphen-participles";
import { infinitiveMarkers } from "./infinitive-markers";
import { infinitiveVerbs } from "./infinitive-verbs";
import { invertedSpeakers } from "./inverted-speakers";
import { strandedSubjects } from "./stranded-subjects";
import { subordinatingPrepositions } from "./subordinating-prepositions";
import { verbalPlurals } from "./verbal-plurals";
import { subjectlessVerbs } from "./subjectless-verbs";
import type { Arc, Sentence, TaggedWord, Token, Upos } from "../nlp/types";
import { namesAsNouns } from "./names-as-nouns";
import { finiteParticiples } from "./finite-participles";
import { prepositionalTo } from "./prepositional-to";
import { hasNominalSubjectArc } from "./has-subject-arc";
import { hearerPlurals } from "./hearer-plurals";
import { percentOwners } from "./percent-owners";
import { periodSubjects } from "./period-subjects";
import { prepositionalSubjects } from "./prepositional-subjects";
import { participleHosts } from "./participle-hosts";
import { relativeHosts } from "./relative-hosts";
import { reportedClauses } from "./reported-clauses";
import { roseAndFell } from "./rose-and-fell";
import { splitCompounds } from "./split-compounds";
import { modelWords, particleNouns } from "./particle-nouns";

/** One sentence with everything the NLP models say about it; indices are 0-based token positions. */
export interface AnalyzedSentence {
  index: number;
  text: string;
  start: number;
  tokens: Token[];
  words: string[];
  upos: Upos[];
  xpos: string[];
  lemmas: string[];
  /** Head token of each token, -1 for the root. */
  heads: number[];
  /** Full UD relation with subtype, e.g. "nsubj:pass". */
  deprels: string[];
  ner: NerTag[];
  children: number[][];
}

export interface SentenceModels {
  tag(words: readonly string[]): TaggedWord[];
  parse(words: readonly string[], tags: readonly TaggedWord[]): Arc[];
  /** Named-entity tags for every sentence of a document at once: the tagger uses document context. */
  ner(sentences: readonly (readonly string[])[]): NerTag[][];
}

/** What the tagger and parser say about a run of words; the syntactic half of an AnalyzedSentence. */
export type ParsedWords = Pick<
  AnalyzedSentence,
  "upos" | "xpos" | "lemmas" | "heads" | "deprels" | "children"
>;

/** Tags and parses words: UPOS/XPOS, lower-cased lemmas, 0-based heads (-1 root), labels and children. */
export function parseWords(
  words: readonly string[],
  models: Pick<SentenceModels, "tag" | "parse">,
  ner?: readonly NerTag[],
): ParsedWords {
  const seen = modelWords(words);
  const tagged = models.tag(seen);
  const named = ner === undefined ? tagged : namesAsNouns(words, tagged, ner);
  // modelWords returns the words themselves when none is a particle noun: nothing to retag.
  // Tag repairs before the parse, each on the tags the one before it left.
  const tagRepairs: ((tags: TaggedWord[]) => TaggedWord[])[] = [
    (t) => infinitiveMarkers(words, t),
    (t) => infinitiveVerbs(words, t),
    prepositionalTo,
    hearerPlurals,
  ];
  const tags = tagRepairs.reduce(
    (t, repair) => repair(t),
    seen === words ? named : particleNouns(words, named),
  );
  const parserWords = dueToInfinitives(seen, tags);
  const repaired = [
    hyphenRepair,
    participleRepair,
    copulaRepair,
    subjectlessRepair,
    verbalPluralRepair,
    conjoinedVerbRepair,
    subordinatorRepair,
    riseRepair,
    fallRepair,
  ].reduce((parse, repair) => reparsedWith(parserWords, parse, models, repair), {
    tags,
    arcs: models.parse(parserWords, tags),
  });
  const finalTags = repaired.tags;
  // Arc repairs, each on the arcs the one before it left.
  const arcRepairs: ((arcs: readonly Arc[]) => readonly Arc[])[] = [
    (a) => quotedSpeakers(a, finalTags),
    (a) => invertedSpeakers(a, finalTags),
    (a) => bracketedSpeakers(a, finalTags),
    (a) => clauseSubjects(a, finalTags, words),
    (a) => reportedClauses(a, finalTags),
    (a) => copularPassives(a, finalTags),
    (a) => adverbSubjects(a, finalTags),
    (a) => possessorSubjects(a, finalTags, ner),
    (a) => possessedNames(a, finalTags, ner),
    (a) => possessiveSubjects(a, finalTags),
    (a) => coordinatedSubjects(a, finalTags, ner),
    (a) => describedNames(a, finalTags, words),
    (a) => strandedSubjects(a, finalTags),
    (a) => splitCompounds(a, finalTags),
    (a) => coordinatedModifiers(a, finalTags),
    (a) => percentOwners(a, finalTags),
    (a) => periodSubjects(a, finalTags),
    (a) => prepositionalSubjects(a, finalTags),
    (a) => participleHosts(a, finalTags),
    (a) => relativeHosts(a, finalTags, words, ner),
  ];
  const arcs = arcRepairs.reduce<readonly Arc[]>((a, repair) => repair(a), repaired.arcs);
  const heads = arcs.map((a) => a.head - 1);
  const children: number[][] = words.map(() => []);
  heads.forEach((h, i) => {
    if (h >= 0) children[h]?.push(i);
  });
  return {
    upos: finalTags.map((t) => t.upos),
    xpos: finalTags.map((t) => t.xpos),
    lemmas: finalTags.map((t) => t.lemma.toLowerCase()),
    heads,
    deprels: arcs.map((a) => a.deprel),
    children,
  };
}

interface Parse {
  tags: TaggedWord[];
  arcs: Arc[];
}

/** Words the tagger got wrong in a way the parse shows, their tags mended, and when the reparse is kept. */
interface TagRepair {
  suspects(tags: readonly TaggedWord[], arcs: readonly Arc[], words: readonly string[]): number[];
  /** The tags the suspects get instead. */
  as: Partial<TaggedWord>;
  keeps(
    position: number,
    reparsed: readonly Arc[],
    retagged: readonly TaggedWord[],
    words: readonly string[],
  ): boolean;
}

/**
 * The main verb the first parse hung on its subject as a participle (`finiteParticiples`), retagged past
 * tense; kept when the verb heads a clause of its own: with a subject, and not hung on a noun again ("the
 * ministry and the bank proposed" parsed as a ministry conjoined with a clause).
 */
const participleRepair: TagRepair = {
  suspects: finiteParticiples,
  as: { xpos: "VBD" },
  keeps: (i, reparsed, retagged, words) => {
    // "said the increase reflected improved market conditions" reparses as a reduced relative on the
    // object, which the arc repairs will turn into the said clause.
    const arcs = clauseSubjects(reparsed, retagged, words);
    const head = arcs[i]!.head - 1;
    return hasNominalSubjectArc(arcs, i) && (head < 0 || retagged[head]!.upos === "VERB");
  },
};

/** A verb that took a copula (`copularVerbs`), retagged a plural noun; kept when it no longer heads the sentence. */
const copulaRepair: TagRepair = {
  suspects: copularVerbs,
  as: { upos: "NOUN", xpos: "NNS" },
  keeps: (i, reparsed) => reparsed[i]!.head > 0,
};

/** A verb in -s without a subject (`subjectlessVerbs`), retagged a plural noun; kept when it no longer heads the sentence. */
const subjectlessRepair: TagRepair = {
  suspects: subjectlessVerbs,
  as: { upos: "NOUN", xpos: "NNS" },
  keeps: (i, reparsed) => reparsed[i]!.head > 0,
};

/**
 * A plural noun the first parse made the object of "said" (`verbalPlurals`), retagged a verb; kept when it
 * then heads the reported clause with a subject of its own.
 */
const verbalPluralRepair: TagRepair = {
  suspects: verbalPlurals,
  as: { upos: "VERB", xpos: "VBZ" },
  keeps: (i, reparsed) => /^(ccomp|root)$/.test(reparsed[i]!.deprel) && hasNominalSubjectArc(reparsed, i),
};

/**
 * A plural noun conjoined with a verb in -s (`conjoinedVerbs`), retagged a verb; kept when it then heads a
 * clause with a subject of its own and is not hung on a noun ("manages and develops properties").
 */
const conjoinedVerbRepair: TagRepair = {
  suspects: conjoinedVerbs,
  as: { upos: "VERB", xpos: "VBZ" },
  keeps: (i, reparsed, retagged, words) => participleRepair.keeps(i, reparsed, retagged, words),
};

/**
 * A preposition that opens a clause (`subordinatingPrepositions`), retagged a subordinating conjunction;
 * kept when it then marks an adverbial clause whose subject follows it ("after 40,000 seamen decided") on a
 * clause that keeps a subject of its own: "the legislation before the committee would …" is no clause of
 * the committee's.
 */
const subordinatorRepair: TagRepair = {
  suspects: subordinatingPrepositions,
  as: { upos: "SCONJ" },
  keeps: (i, reparsed) => {
    const verb = reparsed[i]!.head - 1;
    const subject = (head: number, k: number): boolean =>
      reparsed[k]!.head - 1 === head && reparsed[k]!.deprel.startsWith("nsubj");
    const main = reparsed[verb]?.head ?? 0;
    return (
      reparsed[i]!.deprel === "mark" &&
      reparsed.some((_, k) => k > i && k < verb && subject(verb, k)) &&
      reparsed[verb]!.deprel === "advcl" &&
      reparsed.some((_, k) => subject(main - 1, k))
    );
  },
};

/**
 * "rose" and "fell" the tagger read as nouns (`roseAndFell`), retagged the past tense of rise and fall; kept
 * when the verb then has a subject: "New applications for … benefits rose to …, the Labor Department said"
 * reparses with the verb hung inside the subject, and the noun reading at least kept the statement's topic.
 */
const riseRepair: TagRepair = {
  suspects: roseAndFell("rose"),
  as: { upos: "VERB", xpos: "VBD", lemma: "rise" },
  keeps: (i, reparsed) => hasNominalSubjectArc(reparsed, i),
};

const fallRepair: TagRepair = {
  ...riseRepair,
  suspects: roseAndFell("fell"),
  as: { ...riseRepair.as, lemma: "fall" },
};

/** A participle ending a hyphenated adjective (`hyphenParticiples`), retagged JJ; kept when it modifies a noun. */
const hyphenRepair: TagRepair = {
  suspects: hyphenParticiples,
  as: { upos: "ADJ", xpos: "JJ" },
  keeps: (i, reparsed) => reparsed[i]!.deprel === "amod",
};

/** `parsed`, or the parse with `repair`'s retagging when every retagged word passes its check. */
function reparsedWith(
  words: readonly string[],
  parsed: Parse,
  models: Pick<SentenceModels, "parse">,
  repair: TagRepair,
): Parse {
  const suspects = repair.suspects(parsed.tags, parsed.arcs, words);
  if (suspects.length === 0) return parsed;
  const at = new Set(suspects);
  const retagged = parsed.tags.map((t, i) => (at.has(i) ? { ...t, ...repair.as } : t));
  const reparsed = models.parse(words, retagged);
  return suspects.every((i) => repair.keeps(i, reparsed, retagged, words))
    ? { tags: retagged, arcs: reparsed }
    : parsed;
}

export function analyzeSentence(sentence: Sentence, ner: NerTag[], models: SentenceModels): AnalyzedSentence {
  const words = sentence.tokens.map((t) => t.text);
  return {
    index: sentence.index,
    text: sentence.text,
    start: sentence.start,
    tokens: sentence.tokens,
    words,
    ner,
    ...parseWords(words, models, ner),
  };
}
