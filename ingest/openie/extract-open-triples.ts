import type { OpenTriple } from "./open-triple";
import type { OpenieSentence } from "./openie-sentence";
import { phraseTokens } from "./phrase-tokens";

const SUBJECT = new Set(["nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer", "expl"]);
const OBJECT = new Set(["obj", "iobj"]);
const OBLIQUE = new Set(["obl", "obl:tmod", "obl:npmod", "obl:unmarked", "obl:agent"]);
const NOT_A_PREDICATE = new Set([
  "amod",
  "compound",
  "case",
  "mark",
  "det",
  "fixed",
  "flat",
  "goeswith",
  "aux",
]);
const SAY_VERBS = new Set([
  "say",
  "tell",
  "add",
  "note",
  "argue",
  "warn",
  "explain",
  "write",
  "claim",
  "admit",
  "promise",
  "report",
  "state",
  "insist",
  "contend",
]);
const NEGATION = new Set(["not", "n't", "never"]);
const RELATIVE = new Set(["who", "which", "that", "whom"]);
// Parts of a predicate's subtree that never belong to a copular complement phrase.
const CLAUSE_PARTS_LIST = [
  "nsubj",
  "nsubj:pass",
  "csubj",
  "csubj:pass",
  "nsubj:outer",
  "expl",
  "cop",
  "aux",
  "aux:pass",
  "mark",
  "punct",
  "cc",
  "conj",
  "advcl",
  "ccomp",
  "parataxis",
  "acl:relcl",
  "discourse",
];
const CLAUSE_PARTS = new Set(CLAUSE_PARTS_LIST);
const NOUN_PHRASE_SKIP = new Set([...CLAUSE_PARTS_LIST, "acl", "appos", "case", "obl"]);

// Confidence is a tier per kind of tuple, ordered by each kind's mean pair precision on CaRB dev: clauses
// with their own subject 0.9, inherited subjects 0.75, gerunds, infinitives and reduced passives lower,
// then appositions ("X , the Y of Z" → X | be | the Y of Z), then the noun-phrase tuples.
// Relations the sentence does not spell out (appositions, noun phrases, reduced passives) use the tenseless
// "be": the tense is unknown, and CaRB's matcher pairs "be" with any form of be in the gold.
const APPOSITION = 0.6;
// "X in Y" inside a noun phrase: the CaRB gold often states these as "X | is in | Y" (dev precision ~0.45).
const NOMINAL: Record<string, number> = { in: 0.35, at: 0.35, on: 0.35, between: 0.35, from: 0.35, of: 0.3 };
const POSSESSIVE = 0.3;

interface Clause {
  relation: number[];
  /** Extra relation words that are not sentence tokens in place (e.g. "be" of a reduced passive). */
  prefix: string[];
  subjects: number[][];
  /** Core complements (objects, copular complements, that-clauses): each entry lists coordinated alternatives. */
  cores: number[][][];
  obliques: number[][];
  score: number;
}

/**
 * ClausIE-style open triples from one parsed sentence: a clause per verbal or copular predicate, with its
 * subject (inherited through coordination, relative clauses and participles), auxiliaries, negation and a
 * preposition in the relation, objects and complements as arguments, and obliques as extra arguments.
 */
export function extractOpenTriples(s: OpenieSentence): OpenTriple[] {
  const n = s.words.length;
  const kids = (i: number, ...rels: string[]): number[] =>
    (s.children[i] ?? []).filter((c) => rels.includes(s.deprels[c] ?? ""));
  const hasKid = (i: number, rel: string): boolean => kids(i, rel).length > 0;
  const text = (tokens: readonly number[]): string => tokens.map((t) => s.words[t]).join(" ");

  const isPredicate = (i: number): boolean => {
    const rel = s.deprels[i] ?? "";
    if (NOT_A_PREDICATE.has(rel) || rel === "cop" || rel === "aux:pass") return false;
    if (s.upos[i] === "VERB") return true;
    if (hasKid(i, "cop")) return true;
    return s.upos[i] === "AUX" && (rel === "root" || rel === "conj" || rel.startsWith("ccomp"));
  };

  const consumed = new Set<number>();
  // Relation words an xcomp verb was given, for verbs coordinated with it.
  const stems = new Map<number, number[]>();
  const triples: OpenTriple[] = [];

  // A noun phrase, split over its coordinated conjuncts (each without the others).
  const conjuncts = (head: number, skip: ReadonlySet<string> = new Set()): number[][] => {
    const heads = [head, ...kids(head, "conj").filter((c) => s.upos[c] !== "VERB")];
    if (heads.length === 1) return [phraseTokens(s, head, skip)];
    const whole = phraseTokens(s, head, skip);
    const parts = heads.map((h, k) =>
      k === 0
        ? phraseTokens(s, h, new Set([...skip, "conj", "cc"]))
        : phraseTokens(s, h, new Set(["conj", "cc"])),
    );
    // Longer lists stay whole, to bound the number of tuples per clause.
    return parts.length > 3 ? [whole] : parts;
  };

  // The noun a relative clause or participle modifies; for a predicate nominal, the copula's subject.
  const antecedent = (relcl: number): number[] => {
    const head = s.heads[relcl] ?? -1;
    if (head < 0) return [];
    const subject = hasKid(head, "cop") ? kids(head, "nsubj")[0] : undefined;
    return nounPhrase(subject ?? head);
  };

  // A noun phrase without its clauses; a predicate nominal also loses its subject and copula.
  const nounPhrase = (head: number): number[] => phraseTokens(s, head, NOUN_PHRASE_SKIP);

  // "…, who …" attached elsewhere than as a relative clause: the nearest noun before the pronoun.
  const nearestNoun = (pronoun: number): number[] => {
    for (let j = pronoun - 1; j >= 0; j--) {
      const u = s.upos[j];
      if (u === "NOUN" || u === "PROPN" || u === "NUM") {
        let h = j;
        while (["flat", "compound", "fixed"].includes(s.deprels[h] ?? "") && (s.heads[h] ?? -1) >= 0)
          h = s.heads[h]!;
        return nounPhrase(h);
      }
      if (u !== "PUNCT") continue;
    }
    return [];
  };

  const subjectsOf = (p: number, depth = 0): { tokens: number[][]; inherited: boolean } | undefined => {
    if (depth > 4) return undefined;
    const own = kids(p, ...SUBJECT).filter((c) => s.deprels[c] !== "expl");
    const rel = s.deprels[p] ?? "";
    const head = s.heads[p] ?? -1;
    if (own.length > 0) {
      const subj = own[0]!;
      if (RELATIVE.has((s.words[subj] ?? "").toLowerCase()) && s.xpos[subj]?.startsWith("W"))
        return { tokens: [rel === "acl:relcl" ? antecedent(p) : nearestNoun(subj)], inherited: true };
      // A "subject" with a preposition ("Unlike most indicators , none …") is a misparse.
      return { tokens: conjuncts(subj), inherited: hasKid(subj, "case") };
    }
    if (head < 0) return undefined;
    if (rel === "acl:relcl" || rel === "acl") return { tokens: [antecedent(p)], inherited: true };
    if (rel === "conj" || rel === "xcomp" || rel === "advcl" || rel === "ccomp") {
      if (rel === "xcomp") {
        const obj = kids(head, "obj")[0];
        if (obj !== undefined) return { tokens: [phraseTokens(s, obj)], inherited: true };
      }
      if (rel === "ccomp") return undefined;
      const up = subjectsOf(head, depth + 1);
      return up && { tokens: up.tokens, inherited: true };
    }
    return undefined;
  };

  const clauseOf = (p: number): Clause | undefined => {
    // "`` … , '' says Trek 's president": the quote is the head clause, the speaker often parsed as object.
    const quoteHead = s.heads[p] ?? -1;
    const reporting = SAY_VERBS.has(s.lemmas[p] ?? "") && s.deprels[p] === "parataxis" && quoteHead < p;
    const speaker =
      reporting && kids(p, ...SUBJECT).length === 0
        ? kids(p, "obj", "obl", "iobj").find((c) => c > p)
        : undefined;
    const subjects =
      speaker !== undefined
        ? { tokens: [phraseTokens(s, speaker, new Set(["case"]))], inherited: false }
        : subjectsOf(p);
    if (!subjects || subjects.tokens.length === 0 || subjects.tokens[0]!.length === 0) return undefined;
    const relation: number[] = [p];
    const prefix: string[] = [];
    const cores: number[][][] = [];
    const obliques: number[][] = [];
    let score = subjects.inherited ? 0.75 : 0.9;
    // Gerunds and bare infinitives ("…, using spies", "to keep it open") are rarely gold tuples.
    const finite =
      hasKid(p, "aux") || hasKid(p, "aux:pass") || hasKid(p, "cop") || !/^VB[GN]?$/.test(s.xpos[p] ?? "");
    if (!finite && s.xpos[p] === "VBG") score -= 0.2;
    if (!finite && s.xpos[p] === "VB" && hasKid(p, "mark")) score -= 0.15;
    const copular = s.upos[p] !== "VERB" && hasKid(p, "cop");
    const addAuxAndNegation = (v: number): void => {
      for (const c of s.children[v] ?? []) {
        const rel = s.deprels[c] ?? "";
        if (rel === "aux" || rel === "aux:pass" || rel === "cop" || rel === "compound:prt") relation.push(c);
        else if (rel === "advmod" && NEGATION.has((s.words[c] ?? "").toLowerCase())) relation.push(c);
        else if (rel === "advmod" && c < v && relation.some((r) => r < c) && !s.xpos[c]?.startsWith("W"))
          relation.push(c);
      }
    };
    // "… were able to reinforce the hotel and defeat several attacks": "defeat" shares "were able to".
    const head = s.heads[p] ?? -1;
    const stem = s.deprels[p] === "conj" ? stems.get(head) : undefined;
    if (stem) relation.push(...stem);
    // "has instituted … and allowed": a participle coordinated with a verb shares its auxiliaries.
    if (
      !stem &&
      s.deprels[p] === "conj" &&
      /^VB[ND]?$/.test(s.xpos[p] ?? "") &&
      kids(p, "aux", "aux:pass").length === 0
    )
      relation.push(...kids(head, "aux", "aux:pass").filter((a) => a < head));
    addAuxAndNegation(p);
    // "is equal to X": an adjective with an oblique after it joins the relation, the oblique is the argument.
    let adjectival = false;
    if (copular) {
      relation.splice(relation.indexOf(p), 1);
      const cases = kids(p, "case").filter((c) => c < p);
      relation.push(...cases);
      const verbXcomp = kids(p, "xcomp").some((x) => s.upos[x] === "VERB");
      const skip = [...CLAUSE_PARTS, ...OBLIQUE, "case", "acl", ...(verbXcomp ? ["xcomp"] : [])];
      const complement = phraseTokens(s, p, new Set(skip));
      adjectival = s.upos[p] === "ADJ" && (verbXcomp || kids(p, ...OBLIQUE).some((o) => o > p));
      if (adjectival) relation.push(...complement);
      else cores.push([complement]);
    } else if (s.deprels[p] === "acl" && s.xpos[p] === "VBN" && !hasKid(p, "aux:pass")) {
      prefix.push("be");
      score -= 0.1;
    }
    // The verb of an xcomp joins the relation ("wants to buy", "was considered to be").
    let verb = p;
    for (const x of kids(p, "xcomp")) {
      if (kids(p, "obj").length > 0) break;
      if (s.upos[x] === "VERB" && !hasKid(x, "nsubj")) {
        relation.push(...kids(x, "mark"));
        stems.set(x, [...relation]);
        relation.push(x);
        addAuxAndNegation(x);
        consumed.add(x);
        verb = x;
        break;
      }
      const cop = kids(x, "cop");
      relation.push(...kids(x, "mark"), ...cop);
      cores.push([phraseTokens(s, x, new Set([...CLAUSE_PARTS]))]);
      consumed.add(x);
      break;
    }
    if (reporting) cores.push([phraseTokens(s, quoteHead, new Set(["punct"]))]);
    // "the house we liked": a relative clause without relative word and without object.
    const gap =
      s.deprels[p] === "acl:relcl" &&
      (s.words[head] ?? "").toLowerCase() !== "what" &&
      !copular &&
      !subjects.inherited &&
      kids(p, "obj", "ccomp", "xcomp", "obl", "advmod", "mark").length === 0 &&
      !(s.children[p] ?? []).some((c) => RELATIVE.has((s.words[c] ?? "").toLowerCase()));
    if (gap) cores.push([antecedent(p)]);
    const sources = verb === p ? [p] : [p, verb];
    for (const v of sources) {
      for (const c of s.children[v] ?? []) {
        const rel = s.deprels[c] ?? "";
        if (c === speaker) continue;
        if (OBJECT.has(rel)) {
          if (RELATIVE.has((s.words[c] ?? "").toLowerCase()) && s.deprels[v] === "acl:relcl")
            cores.push([antecedent(v)]);
          else cores.push(conjuncts(c));
        } else if (rel === "ccomp" || rel === "csubj") {
          if (rel === "ccomp" && c > v) relation.push(...kids(c, "mark"));
          cores.push([phraseTokens(s, c, new Set(["mark"]))]);
        } else if (OBLIQUE.has(rel)) {
          obliques.push(phraseTokens(s, c));
        } else if (rel === "advcl" && c > v) {
          obliques.push(phraseTokens(s, c));
        }
      }
    }
    // Obliques after the verb first, then those before it ("On 12 July 2006 , X launched …").
    obliques.sort(
      (a, b) => ((a[0] ?? 0) < p ? 1 : 0) - ((b[0] ?? 0) < p ? 1 : 0) || (a[0] ?? 0) - (b[0] ?? 0),
    );
    if (cores.length === 0 && (!copular || adjectival)) {
      const first = obliques.findIndex((o) => (o[0] ?? 0) > verb);
      if (first >= 0) {
        const o = obliques[first]!;
        const head = o.find((t) => sources.includes(s.heads[t] ?? -1) && OBLIQUE.has(s.deprels[t] ?? ""));
        const cases = head === undefined ? [] : kids(head, "case");
        if (cases.length > 0) {
          relation.push(...cases);
          cores.push([o.filter((t) => !cases.includes(t))]);
          obliques.splice(first, 1);
        }
      }
    }
    const relationTokens = [...new Set(relation)].sort((a, b) => a - b);
    return {
      relation: relationTokens,
      prefix,
      subjects: subjects.tokens,
      cores,
      obliques,
      score,
    };
  };

  for (let p = 0; p < n; p++) {
    if (!isPredicate(p) || consumed.has(p)) continue;
    const clause = clauseOf(p);
    if (!clause) continue;
    const rel = [...clause.prefix, text(clause.relation)].join(" ");
    const coreChoices = clause.cores.length === 0 ? [[]] : expand(clause.cores);
    for (const subj of clause.subjects) {
      for (const core of coreChoices) {
        const args = [...core.map(text), ...clause.obliques.map(text)].filter((a) => a !== "");
        // CaRB scores a tuple without a second argument zero against nearly every gold tuple.
        const confidence = clause.score - (args.length === 0 ? 0.4 : 0);
        triples.push({ relation: rel, arg1: text(subj), args, confidence: round(confidence) });
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const head = s.heads[i] ?? -1;
    if (head < 0) continue;
    const rel = s.deprels[i];
    const nominal = (t: number): boolean => ["NOUN", "PROPN", "PRON", "NUM"].includes(s.upos[t] ?? "");
    if (rel === "appos" && nominal(head) && nominal(i) && !hasKid(i, "case")) {
      triples.push({
        relation: "be",
        arg1: text(nounPhrase(head)),
        args: [text(phraseTokens(s, i, new Set([...CLAUSE_PARTS, "acl"])))],
        confidence: APPOSITION,
      });
    }
    const nounHead = s.upos[head] === "NOUN" || s.upos[head] === "PROPN";
    if (rel === "nmod" && nounHead) {
      const cases = kids(i, "case");
      const prep = (cases[0] !== undefined ? s.words[cases[0]] : "")?.toLowerCase() ?? "";
      const confidence = NOMINAL[prep];
      if (confidence !== undefined) {
        triples.push({
          relation: `be ${prep}`,
          arg1: text(nounPhrase(head).filter((t) => t <= head)),
          args: [text(phraseTokens(s, i, new Set(["case"])))],
          confidence,
        });
      }
    }
    if (rel === "nmod:poss" && nounHead && s.upos[i] !== "PRON") {
      triples.push({
        relation: "has",
        arg1: text(phraseTokens(s, i, new Set(["case"]))),
        args: [text(phraseTokens(s, head, NOUN_PHRASE_SKIP, new Set([i])))],
        confidence: POSSESSIVE,
      });
    }
  }
  return triples;
}

// Every combination of one alternative per core slot (coordinated objects give one triple each).
function expand(slots: readonly number[][][]): number[][][] {
  let out: number[][][] = [[]];
  for (const slot of slots) out = out.flatMap((prefix) => slot.map((alt) => [...prefix, alt]));
  return out.slice(0, 6);
}

function round(x: number): number {
  return Math.round(Math.max(0.01, Math.min(0.99, x)) * 1000) / 1000;
}
