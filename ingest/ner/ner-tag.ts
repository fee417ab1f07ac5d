/** The four CoNLL-2003 entity types. */
export type EntityType = "PER" | "ORG" | "LOC" | "MISC";

/** An IOB2 label: every entity starts with B-, continues with I-. */
export type NerTag = "O" | `B-${EntityType}` | `I-${EntityType}`;

export const ENTITY_TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "MISC"];

/** A half-open token range [start, end) labelled with one type. */
export interface EntitySpan {
  start: number;
  end: number;
  type: EntityType;
}

export function isEntityType(value: string): value is EntityType {
  return value === "PER" || value === "ORG" || value === "LOC" || value === "MISC";
}
