import type { Arc, TaggedWord } from "../nlp/types";
import { finiteTags } from "./finite-verbs";
import { reportingVerbs } from "./reporting-verbs";

const clauseObjects = new Set(["obj", "ccomp"]);

/**
 * Positions of past participles that are really the sentence's past-tense verb: "The central bank and
 * finance ministry proposed lifting currency restrictions" was tagged VBN and parsed as a reduced
 * relative on "ministry", so the sentence had no main verb and its subject went to a later clause.
 * A reduced relative is passive and takes no direct object, clausal complement or gerund; a participle
 * with one, hung on a noun before any finite verb of the sentence, is the main verb.
 */
export function finiteParticiples(tags: readonly TaggedWord[], arcs: readonly Arc[]): number[] {
  const found: number[] = [];
  const firstFinite = tags.findIndex((t) => finiteTags.test(t.xpos));
  for (let i = 0; i < tags.length; i++) {
    if (tags[i]!.xpos !== "VBN") continue;
    const head = arcs[i]!.head - 1;
    // "The central bank raised interest rates": with no finite verb anywhere, a participle before a noun,
    // after the noun that would be its subject, is the verb the tagger missed.
    if (arcs[i]!.deprel === "amod") {
      // "said the increase reflected improved market conditions", "said its board authorized management to
      // …": after a speech verb the participle hung on the verb's object is the said clause's verb.
      const said =
        firstFinite < 0 || (spokenObject(tags, arcs, head) && /^(DT|PRP\$)$/.test(tags[i - 2]?.xpos ?? ""));
      if (said && head > i && nounBefore(tags, i)) found.push(i);
      continue;
    }
    if (arcs[i]!.deprel !== "acl" || head < 0 || head > i || (firstFinite >= 0 && firstFinite < i)) continue;
    let hasComplement = false;
    let hasAux = false;
    arcs.forEach((a, j) => {
      if (a.head - 1 !== i) return;
      hasComplement ||=
        clauseObjects.has(a.deprel.split(":")[0]!) || (a.deprel === "xcomp" && tags[j]!.xpos === "VBG");
      hasAux ||= a.deprel.startsWith("aux");
    });
    if (hasComplement && !hasAux) found.push(i);
  }
  return found;
}

/** A noun or pronoun right before the participle. */
function nounBefore(tags: readonly TaggedWord[], i: number): boolean {
  return /^(NN|NNS|NNP|NNPS|PRP)$/.test(tags[i - 1]?.xpos ?? "");
}

/** Whether `noun` is the object of a speech verb before it. */
function spokenObject(tags: readonly TaggedWord[], arcs: readonly Arc[], noun: number): boolean {
  const verb = arcs[noun]!.head - 1;
  return (
    arcs[noun]!.deprel === "obj" &&
    verb >= 0 &&
    verb < noun &&
    reportingVerbs.has(tags[verb]!.lemma.toLowerCase())
  );
}
