import type { TripleJson } from "../../ingest/triple-to-json";

/** One fact probe of ../shared/data/facts-dev/facts.jsonl. */
export interface FactProbe {
  article: string;
  subject: string[];
  relation: string[];
  object: string[];
  kind: string;
  note?: string;
}

export interface FactScore {
  found: number;
  total: number;
  byKind: Record<string, { found: number; total: number }>;
  missed: FactProbe[];
}

/**
 * Fact recall as ../shared/docs/evaluation.md defines it: a fact is found when one positive triple of
 * its article has a subject whose name or an alias contains a subject name as whole words
 * (case-insensitive), an object that does the same for the object names, and a predicate or relation
 * containing one of the stems; a triple linking an entity to itself does not count.
 */
export function scoreFacts(probes: readonly FactProbe[], triples: readonly TripleJson[]): FactScore {
  const byArticle = new Map<string, TripleJson[]>();
  for (const t of triples) {
    if (t.polarity !== "positive") continue;
    if (sameEntity(t)) continue;
    const list = byArticle.get(t.article) ?? [];
    list.push(t);
    byArticle.set(t.article, list);
  }
  const score: FactScore = { found: 0, total: 0, byKind: {}, missed: [] };
  for (const p of probes) {
    const kind = (score.byKind[p.kind] ??= { found: 0, total: 0 });
    kind.total++;
    score.total++;
    const hit = (byArticle.get(p.article) ?? []).some(
      (t) =>
        namesMatch([t.subject.name, ...t.subject.aliases], p.subject) &&
        namesMatch([t.object.name, ...t.object.aliases], p.object) &&
        p.relation.some((stem) =>
          `${t.predicate}\u0000${t.relation}`.toLowerCase().includes(stem.toLowerCase()),
        ),
    );
    if (hit) {
      kind.found++;
      score.found++;
    } else {
      score.missed.push(p);
    }
  }
  return score;
}

function sameEntity(t: TripleJson): boolean {
  return (t.subject.id !== undefined && t.subject.id === t.object.id) || t.subject.name === t.object.name;
}

function namesMatch(candidates: readonly string[], wanted: readonly string[]): boolean {
  return wanted.some((w) => {
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}($|[^\\p{L}\\p{N}])`, "iu");
    return candidates.some((c) => pattern.test(c));
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
