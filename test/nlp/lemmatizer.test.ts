import { Lemmatizer, loadLemmatizer, regularStems } from "../../ingest/nlp/lemmatizer";
import { pastTense } from "../../ingest/relations/past-tense";
import { vocabularyVerbs } from "../../scripts/ud/vocabulary-verbs";

describe("lemmatizer", () => {
  // One suffix rule, as a treebank would teach it from "joined", "remained", "explained": strip "ed".
  const rules: Record<string, [number, string]> = { "VBD\tined": [2, ""], "VBD\tood": [3, "and"] };

  it("lets a rule's answer stand without a word list, and checks it against one", () => {
    expect(new Lemmatizer({ exceptions: {}, rules, maxSuffix: 5 }).lemmatize("declined", "VBD")).toBe(
      "declin",
    );
    const checked = new Lemmatizer({ exceptions: {}, rules, maxSuffix: 5, verbs: ["decline", "join"] });
    expect(checked.lemmatize("declined", "VBD")).toBe("decline");
    expect(checked.lemmatize("joined", "VBD")).toBe("join");
    // A verb the list does not know keeps the rule's answer.
    expect(checked.lemmatize("rained", "VBD")).toBe("rain");
  });

  it("reads an irregular past tagged as a participle as the past tense", () => {
    const checked = new Lemmatizer({ exceptions: {}, rules, maxSuffix: 5, verbs: ["stand"] });
    expect(checked.lemmatize("stood", "VBN")).toBe("stand");
    expect(checked.lemmatize("stood", "VBD")).toBe("stand");
  });

  it("lists the stems a regular inflection can come from, likeliest first", () => {
    expect(regularStems("ruled", "VBD")).toEqual(["rule", "rul"]);
    expect(regularStems("banned", "VBN")).toEqual(["banne", "bann", "ban"]);
    expect(regularStems("applied", "VBD")).toEqual(["applie", "appli", "apply"]);
    expect(regularStems("hoping", "VBG")).toEqual(["hop", "hope"]);
    expect(regularStems("dying", "VBG")).toEqual(["dy", "dye", "die"]);
    expect(regularStems("carries", "VBZ")).toEqual(["carrie", "carri", "carry"]);
    expect(regularStems("said", "VBD")).toEqual([]);
  });

  describe("the committed model", () => {
    const lemmatizer = loadLemmatizer();

    it("undoes doubled consonants and dropped e's the suffix rules got wrong", () => {
      const lemmas = [
        "declined/VBD",
        "boycotted/VBD",
        "controlled/VBN",
        "noting/VBG",
        "hoped/VBN",
        "shared/VBD",
      ].map((w) => lemmatizer.lemmatize(w.split("/")[0]!, w.split("/")[1]!));
      expect(lemmas).toEqual(["decline", "boycott", "control", "note", "hope", "share"]);
    });

    it("gives back every verb of the relation vocabulary from its past tense and participle", () => {
      const missed = vocabularyVerbs().flatMap((verb) =>
        ["VBD", "VBN"]
          .map((xpos) => [xpos, lemmatizer.lemmatize(pastTense(verb).toLowerCase(), xpos)] as const)
          .filter(([, lemma]) => lemma !== verb)
          .map(([xpos, lemma]) => `${pastTense(verb)}/${xpos} → ${lemma}`),
      );
      expect(vocabularyVerbs().length).toBeGreaterThan(100);
      expect(missed).toEqual([]);
    });
  });
});
