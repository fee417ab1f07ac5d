import type { Direction, EntityRelation, EntitySummary } from "./api-types";

/** The evidence of one fact (same direction, predicate and other entity), as the side panel lists it. */
export interface RelationGroup {
  key: string;
  direction: Direction;
  predicate: string;
  other: EntitySummary;
  /** Distinct surface phrases, most frequent first. */
  phrases: string[];
  evidence: EntityRelation[];
}

/** Groups relations by fact; facts with the most evidence first, then by predicate and name. */
export function groupRelations(relations: readonly EntityRelation[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const phraseCounts = new Map<string, Map<string, number>>();
  for (const r of relations) {
    const key = `${r.direction}|${r.predicate}|${r.other.id}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, direction: r.direction, predicate: r.predicate, other: r.other, phrases: [], evidence: [] };
      groups.set(key, g);
      phraseCounts.set(key, new Map());
    }
    g.evidence.push(r);
    const counts = phraseCounts.get(key)!;
    counts.set(r.relation, (counts.get(r.relation) ?? 0) + 1);
  }
  for (const g of groups.values()) {
    g.phrases = [...phraseCounts.get(g.key)!.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.evidence.length - a.evidence.length ||
      a.predicate.localeCompare(b.predicate) ||
      a.other.name.localeCompare(b.other.name),
  );
}
