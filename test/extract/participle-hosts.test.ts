import { participleHosts } from "../../ingest/extract/participle-hosts";
import { arcs, taggedWord as word } from "../support/arcs";
import { tripleLines } from "../support/triple-lines";

describe("participle hosts", () => {
  // "the ending of a ban imposed by unions", with "imposed" hung on "ending".
  const tags = [
    word("DET", "DT", "the"),
    word("NOUN", "NN", "ending"),
    word("ADP", "IN", "of"),
    word("DET", "DT", "a"),
    word("NOUN", "NN", "ban"),
    word("VERB", "VBN", "impose"),
    word("ADP", "IN", "by"),
    word("NOUN", "NNS", "union"),
  ];
  const parsed = arcs("2 det, 0 root, 5 case, 5 det, 2 nmod, 2 acl, 8 case, 6 obl:agent");

  it("gives a passive participle with its agent to the noun of the of-phrase right before it", () => {
    expect(participleHosts(parsed, tags)[5]).toEqual({ head: 5, deprel: "acl" });
  });

  it("leaves it on a phrase of a kind ('a line of credit extended by') and without an agent", () => {
    const bare = parsed.map((a, i) => (i === 3 ? { head: 2, deprel: "det" } : a));
    expect(participleHosts(bare, tags)).toBe(bare);
    const agentless = parsed.map((a, i) => (i === 7 ? { head: 6, deprel: "obl" } : a));
    expect(participleHosts(agentless, tags)).toBe(agentless);
  });

  it("lets the unions impose the ban, not its ending", () => {
    const lines = tripleLines(
      "Fiji today welcomed the ending of a trade ban imposed by Australian labor unions as supporters of the ousted prime minister renewed pressure.",
    );
    expect(lines.filter((l) => l.includes("IMPOSED"))).toEqual(["Australian labor unions IMPOSED trade ban"]);
  });
});
