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
}

/** Tags whose lemma keeps the form's case (proper nouns, "I"); every other lemma is lower-cased. */
const CASED_TAGS = new Set(["NNP", "NNPS"]);

export class Lemmatizer {
  constructor(private readonly data: LemmatizerData) {}

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
    for (let n = Math.min(this.data.maxSuffix, base.length - 1); n >= 1; n--) {
      const rule = this.data.rules[xpos + "\t" + base.slice(-n).toLowerCase()];
      if (rule !== undefined) return base.slice(0, base.length - rule[0]) + rule[1];
    }
    return base;
  }
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
