import { rewriteTags } from "../../ingest/extract/rewrite-tags";
import { taggedWord as word } from "../support/arcs";

describe("rewriteTags", () => {
  const tags = [word("PART", "TO", "to"), word("NOUN", "NN", "market"), word("DET", "DT", "a")];

  it("returns the same array when nothing is set", () => {
    expect(rewriteTags(tags, () => undefined)).toBe(tags);
  });

  it("sets on a copy, and each visit sees the tags as they were", () => {
    const seen: string[] = [];
    const out = rewriteTags(tags, (t, i, set) => {
      seen.push(t.xpos);
      if (i === 0) set(1, word("VERB", "VB", "market"));
    });
    expect(out.map((t) => t.xpos)).toEqual(["TO", "VB", "DT"]);
    expect(tags[1]!.xpos).toBe("NN");
    expect(seen).toEqual(["TO", "NN", "DT"]);
  });
});
