import { copularVerbs } from "../../ingest/extract/copular-verbs";
import { infinitiveMarkers } from "../../ingest/extract/infinitive-markers";
import type { Arc } from "../../ingest/nlp/types";
import { taggedWord as word } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("words the tagger read as verbs or prepositions", () => {
  it("finds a VBZ verb with a copula and retags it as a plural noun", () => {
    // Acme is due credits: "credits" the root, "is" its copula (1-based heads).
    const tags = [word("PROPN", "NNP"), word("AUX", "VBZ"), word("ADJ", "JJ"), word("VERB", "VBZ", "credit")];
    const arcs: Arc[] = [
      { head: 4, deprel: "nsubj" },
      { head: 4, deprel: "cop" },
      { head: 4, deprel: "amod" },
      { head: 0, deprel: "root" },
    ];
    expect(copularVerbs(tags, arcs)).toEqual([3]);
    const plain = arcs.map((a, i) => (i === 1 ? { head: 4, deprel: "aux" } : a));
    expect(copularVerbs(tags, plain)).toEqual([]);
  });

  it("reads 'to' before a bare verb as the infinitive marker", () => {
    const tags = [
      word("ADJ", "JJ"),
      word("ADP", "IN", "to"),
      word("VERB", "VB"),
      word("ADP", "IN", "to"),
      word("NOUN", "NN"),
    ];
    const fixed = infinitiveMarkers(["due", "to", "receive", "to", "banks"], tags);
    expect(fixed[1]).toEqual({ upos: "PART", xpos: "TO", lemma: "to" });
    expect(fixed[3]).toBe(tags[3]);
  });

  it("makes no verb of the credits a country is due to receive", () => {
    const ts = testExtractor().extract({
      text: "Acme Corp is due to receive 900 mln dlrs in fresh export credits this year from official agencies.",
    }).triples;
    expect(ts.map((t) => t.predicate)).not.toContain("CREDITED");
  });
});
