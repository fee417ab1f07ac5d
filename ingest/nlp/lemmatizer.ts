import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

import { modelPath } from "../model-path";

/** Exceptions and suffix rules learned from a treebank's lemma column (see scripts/ud/learn-lemmatizer.ts). */
export interface LemmatizerData {
  /** "form\tXPOS" → lemma, for forms seen in training whose lemma no rule gives. */
  exceptions: Record<string, string>;
  /** "XPOS\tsuffix" → [characters to strip, string to append], longest suffix first at lookup. */
  rules: Record<string, [number, string]>;
  maxSuffix: number;
  /**
   * Verb lemmas known to be words (the treebank's, and the relation vocabulary's). A suffix rule that
   * makes a non-word of an inflected verb ("declined" → "declin") gives way to the regular inflection
   * that makes a known one ("decline").
   */
  verbs?: string[];
}

/** Tags whose lemma keeps the form's case (proper nouns, "I"); every other lemma is lower-cased. */
const CASED_TAGS = new Set(["NNP", "NNPS"]);

export class Lemmatizer {
  private readonly verbs: ReadonlySet<string>;

  constructor(private readonly data: LemmatizerData) {
    this.verbs = new Set(data.verbs ?? []);
  }

  /**
   * Lemmas already computed, by XPOS then form (news repeats its words; no key string is built per word;
   * cleared when it grows large).
   */
  private readonly cache = new Map<string, Map<string, string>>();
  private cached = 0;

  lemmatize(form: string, xpos: string): string {
    let byForm = this.cache.get(xpos);
    if (byForm === undefined) {
      byForm = new Map();
      this.cache.set(xpos, byForm);
    }
    let lemma = byForm.get(form);
    if (lemma === undefined) {
      if (this.cached > 200_000) {
        for (const forms of this.cache.values()) forms.clear();
        this.cached = 0;
      }
      lemma = this.compute(form, xpos);
      byForm.set(form, lemma);
      this.cached++;
    }
    return lemma;
  }

  private compute(form: string, xpos: string): string {
    const exact = this.data.exceptions[form + "\t" + xpos];
    if (exact !== undefined) return exact;
    const cased = CASED_TAGS.has(xpos);
    const base = cased ? form : form.toLowerCase();
    const lower = this.data.exceptions[base + "\t" + xpos];
    if (lower !== undefined) return lower;
    const ruled = this.byRule(base, xpos);
    if (this.verbs.size === 0 || !xpos.startsWith("VB")) return ruled;
    const spelled = eFinalStem(base, xpos);
    if (spelled !== undefined && this.verbs.has(spelled)) return spelled;
    if (this.verbs.has(ruled)) return ruled;
    const stems = regularStems(base, xpos);
    // "stood", "fell" tagged as participles: what the past tense would give ("stand").
    const sibling = siblingTags[xpos];
    if (sibling !== undefined)
      stems.push(this.data.exceptions[base + "\t" + sibling] ?? this.byRule(base, sibling));
    return stems.find((stem) => this.verbs.has(stem)) ?? ruled;
  }

  private byRule(base: string, xpos: string): string {
    for (let n = Math.min(this.data.maxSuffix, base.length - 1); n >= 1; n--) {
      const rule = this.data.rules[xpos + "\t" + base.slice(-n).toLowerCase()];
      if (rule !== undefined) return base.slice(0, base.length - rule[0]) + rule[1];
    }
    return base;
  }
}

const siblingTags: Readonly<Record<string, string>> = { VBD: "VBN", VBN: "VBD" };

/**
 * The stem ending in -e that spelling makes likelier than the bare one: "hoped" is hope + d (hop + ed
 * would be "hopped"), and so is "stared"; "hoping" is hope + ing after a single vowel and consonant.
 */
function eFinalStem(form: string, xpos: string): string | undefined {
  if ((xpos === "VBD" || xpos === "VBN") && form.endsWith("ed")) return form.slice(0, -1);
  if (xpos === "VBG" && /[^aeiou][aeiou][^aeiouwxy]ing$/.test(form)) return form.slice(0, -3) + "e";
  return undefined;
}

/**
 * The stems a regular inflection could have come from, most likely first: "ruled" → rule, rul;
 * "aided" → aide, aid; "banned" → banne, bann, ban; "applied" → applie, appli, apply.
 */
export function regularStems(form: string, xpos: string): string[] {
  const out: string[] = [];
  const undoubled = (stem: string) => (/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : []);
  if ((xpos === "VBD" || xpos === "VBN") && form.endsWith("ed")) {
    const stem = form.slice(0, -2);
    out.push(form.slice(0, -1), stem, ...undoubled(stem));
    if (stem.endsWith("i")) out.push(stem.slice(0, -1) + "y");
  } else if (xpos === "VBG" && form.endsWith("ing")) {
    const stem = form.slice(0, -3);
    out.push(stem, stem + "e", ...undoubled(stem));
    if (stem.endsWith("y")) out.push(stem.slice(0, -1) + "ie");
  } else if (xpos === "VBZ" && form.endsWith("s")) {
    out.push(form.slice(0, -1));
    if (form.endsWith("es")) out.push(form.slice(0, -2));
    if (form.endsWith("ies")) out.push(form.slice(0, -3) + "y");
  }
  return out;
}

export function loadLemmatizer(path = modelPath("lemmatizer.json.gz")): Lemmatizer {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    throw new Error(`lemmatizer: model file ${path} not found; run npm run train:tagger`);
  }
  return new Lemmatizer(JSON.parse(gunzipSync(raw).toString("utf8")) as LemmatizerData);
}
