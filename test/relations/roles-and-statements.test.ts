import type { Triple } from "../../ingest/extraction";
import { testExtractor } from "../support/test-extractor";

function triples(text: string): Triple[] {
  return testExtractor().extract({ text }).triples;
}

function edge(ts: Triple[], subject: string, object: string): Triple | undefined {
  return ts.find((t) => t.subject.name === subject && t.object.name === object);
}

describe("role facts from titles", () => {
  it("keeps a title with its portfolio when no organisation is named", () => {
    const t = edge(
      triples("Secretary of State George Shultz told the committee he was opposed."),
      "George Shultz",
      "Secretary of State",
    );
    expect(t?.predicate).toBe("HOLDS_POSITION");
    expect(t?.relation).toBe("Secretary of State");
  });

  it("reads 'French' as France, not a French territory", () => {
    const t = edge(
      triples("It was for French Finance Minister Edouard Balladur to decide."),
      "Edouard Balladur",
      "France",
    );
    expect(t?.predicate).toBe("OFFICIAL_OF");
  });

  it("gives the post after the name its organisation even with a rank before the name", () => {
    const ts = triples("Commander Bob Prucha, a Pentagon spokesman, said no.");
    expect(edge(ts, "Bob Prucha", "Pentagon")?.predicate).toBe("SPOKESPERSON_FOR");
  });

  it("lets the organisation after 'of' own the title, not the place before it", () => {
    const ts = triples(
      "John Brinsden, the Taiwan manager of Standard Chartered Bank, said rates would rise.",
    );
    expect(edge(ts, "John Brinsden", "Standard Chartered Bank")?.predicate).toBe("WORKS_FOR");
    expect(edge(ts, "John Brinsden", "Taiwan")).toBeUndefined();
  });
});

describe("statements", () => {
  it("finds what a statement is about through a clause nested in it", () => {
    const ts = triples(
      "Prime Minister John Key said he believes redesigning the flag now has a strong rationale.",
    );
    const t = edge(ts, "John Key", "flag");
    expect(t?.predicate).toBe("STATED");
    expect(t?.relation).toBe("said");
  });
});
