import type { EntityRelation } from "./api-types";

export type MarkerTone = "neutral" | "caution" | "negative";

export interface EvidenceMarker {
  kind: "polarity" | "modality" | "confidence" | "attribution";
  text: string;
  tone: MarkerTone;
  /** Longer explanation for a tooltip. */
  title: string;
}

/** Below this the extractor was unsure; say so next to the sentence. */
export const lowConfidence = 0.6;

/**
 * Markers shown next to an evidence sentence: anything that changes how the fact should be read —
 * a negation, a fact that is only planned/demanded/reported, low extraction confidence, attribution.
 * A plain asserted, confident, positive fact gets none, so markers stay meaningful.
 */
export function evidenceMarkers(r: EntityRelation): EvidenceMarker[] {
  const markers: EvidenceMarker[] = [];
  if (r.polarity === "negative") {
    markers.push({
      kind: "polarity",
      text: "negated",
      tone: "negative",
      title: "The sentence says this did not happen",
    });
  }
  if (r.modality !== "asserted") {
    markers.push({
      kind: "modality",
      text: r.modality,
      tone: "caution",
      title: `Not stated as fact: the sentence presents it as ${r.modality}`,
    });
  }
  if (r.confidence < lowConfidence) {
    markers.push({
      kind: "confidence",
      text: `confidence ${Math.round(r.confidence * 100)}%`,
      tone: "caution",
      title: "The extractor was unsure of this relation",
    });
  }
  if (r.attribution) {
    markers.push({
      kind: "attribution",
      text: `per ${r.attribution}`,
      tone: "neutral",
      title: `Attributed to ${r.attribution}`,
    });
  }
  return markers;
}
