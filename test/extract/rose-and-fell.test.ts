import { roseAndFell } from "../../ingest/extract/rose-and-fell";
import { taggedWord as word } from "../support/arcs";
import { unfilteredTestExtractor } from "../support/test-extractor";

describe("rose and fell", () => {
  const words = ["Productivity", "rose", "2.7", "pct"];
  const tags = [word("NOUN", "NN"), word("NOUN", "NN", "rose"), word("NUM", "CD"), word("NOUN", "NN")];

  it("finds 'rose' the tagger read as a noun after a noun", () => {
    expect(roseAndFell("rose")(tags, [], words)).toEqual([1]);
    expect(roseAndFell("fell")(tags, [], words)).toEqual([]);
  });

  it("leaves a rose after a determiner or an adjective, a name, and the past tense it already is", () => {
    const flower = [word("DET", "DT"), word("NOUN", "NN", "rose")];
    expect(roseAndFell("rose")(flower, [], ["a", "rose"])).toEqual([]);
    expect(roseAndFell("rose")(tags, [], ["Productivity", "Rose", "2.7", "pct"])).toEqual([]);
    const past = tags.map((t, i) => (i === 1 ? word("VERB", "VBD", "rise") : t));
    expect(roseAndFell("rose")(past, [], words)).toEqual([]);
  });

  it("gives a statement about what rose its topic", () => {
    const ts = unfilteredTestExtractor().extract({
      text: "Exports of American wine rose 14.9 per cent last year, the Wine Institute said.",
    }).triples;
    expect(ts.filter((t) => t.predicate === "STATED").map((t) => [t.subject.name, t.object.name])).toEqual([
      ["Wine Institute", "exports"],
    ]);
  });
});
