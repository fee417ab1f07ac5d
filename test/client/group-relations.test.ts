import type { EntityRelation } from "../../client/api-types";
import { evidenceMarkers } from "../../client/evidence-markers";
import { groupRelations } from "../../client/group-relations";
import { parseEntityDetails } from "../../client/parse-wire";

function relation(over: Partial<EntityRelation>): EntityRelation {
  return {
    direction: "out",
    predicate: "CALLED",
    relation: "phoned",
    other: { id: "person:tom-reyes", name: "Tom Reyes", type: "PERSON" },
    sentence: "Ana Lima phoned Tom Reyes on Monday.",
    sentenceIndex: 0,
    article: { id: "a1", title: "Harbour news", date: "2025-03-01", source: "Gazette" },
    confidence: 0.9,
    polarity: "positive",
    modality: "asserted",
    date: null,
    attribution: null,
    ...over,
  };
}

describe("groupRelations", () => {
  it("groups evidence per fact, most evidence first, phrases by frequency", () => {
    const groups = groupRelations([
      relation({ predicate: "MET", relation: "met", other: { id: "p:z", name: "Zed", type: "PERSON" } }),
      relation({ sentenceIndex: 1, relation: "called" }),
      relation({ sentenceIndex: 2 }),
      relation({ sentenceIndex: 3 }),
      relation({ direction: "in", sentenceIndex: 4 }),
    ]);
    expect(groups.map((g) => `${g.direction} ${g.predicate} ${g.other.name} ${g.evidence.length}`)).toEqual([
      "out CALLED Tom Reyes 3",
      "in CALLED Tom Reyes 1",
      "out MET Zed 1",
    ]);
    expect(groups[0]!.phrases).toEqual(["phoned", "called"]);
    expect(groups[0]!.evidence.map((r) => r.sentenceIndex)).toEqual([1, 2, 3]);
  });
});

describe("evidenceMarkers", () => {
  it("adds nothing for a plain, confident, asserted fact", () => {
    expect(evidenceMarkers(relation({}))).toEqual([]);
  });

  it("flags negation, modality, low confidence and attribution", () => {
    const markers = evidenceMarkers(
      relation({ polarity: "negative", modality: "planned", confidence: 0.42, attribution: "an aide" }),
    );
    expect(markers.map((m) => [m.kind, m.text, m.tone])).toEqual([
      ["polarity", "negated", "negative"],
      ["modality", "planned", "caution"],
      ["confidence", "confidence 42%", "caution"],
      ["attribution", "per an aide", "neutral"],
    ]);
  });
});

describe("parseEntityDetails", () => {
  it("reads an entity answer and defaults the optional evidence fields", () => {
    const d = parseEntityDetails({
      entity: { id: "person:ana-lima", name: "Ana Lima", type: "PERSON", aliases: ["Lima"], mentions: 5 },
      relations: [
        {
          direction: "in",
          predicate: "CALLED",
          relation: "phoned",
          other: { id: "person:tom-reyes", name: "Tom Reyes", type: "PERSON" },
          sentence: "Tom Reyes phoned Ana Lima.",
          sentenceIndex: 2,
          article: { id: "a1", title: null, date: null, source: null },
          confidence: 0.8,
          polarity: "positive",
          modality: "reported",
        },
      ],
    });
    expect(d.entity.aliases).toEqual(["Lima"]);
    expect(d.relations[0]).toMatchObject({
      direction: "in",
      modality: "reported",
      date: null,
      attribution: null,
    });
    expect(d.relations[0]!.article.title).toBeNull();
  });
});
