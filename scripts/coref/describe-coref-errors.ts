/**
 * A readable account of one document's resolution errors, for error analysis: gold entities split across
 * system entities or missed, system entities that merge gold entities, and spurious system mentions.
 */
import type { GumDocument } from "./read-gum-entities";
import type { DocumentScore, SystemMention } from "./score-document";

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** What the extractor produced around a gold mention's head, to tell "never found" from "found but dropped". */
function foundNear(doc: GumDocument, headWord: number, all: readonly SystemMention[]): string {
  const head = doc.words[headWord]!;
  const near = all.filter((m) => m.start < head.end && m.end > head.start);
  if (near.length === 0) return "no system mention";
  return near.map((m) => `${quote(m.text)} ${m.kind}/${m.type}/${m.entityId ?? "unresolved"}`).join("; ");
}

export function describeCorefErrors(
  doc: GumDocument,
  score: DocumentScore,
  allSystem: readonly SystemMention[],
): string[] {
  const lines = [`== ${doc.id}`];
  const entityOfKey = new Map(score.responseMentions.map((m) => [m.key, m.system.entityId!]));
  const goldOfKey = new Map(score.keyMentions.map((m) => [m.key, m.gold]));
  const keyClusters = new Map<string, typeof score.keyMentions>();
  for (const m of score.keyMentions) {
    keyClusters.set(m.gold.cluster, [...(keyClusters.get(m.gold.cluster) ?? []), m]);
  }
  for (const [cluster, mentions] of keyClusters) {
    const entities = new Set(mentions.map((m) => entityOfKey.get(m.key) ?? "-"));
    if (entities.size === 1 && !entities.has("-")) continue;
    const type = mentions[0]!.gold.type;
    lines.push(`  gold ${type} ${cluster} split into ${[...entities].join(", ")}:`);
    for (const m of mentions) {
      const entity = entityOfKey.get(m.key);
      // "unlinked": the extractor found the mention, but it is not scored (no entity, other type, or an
      // entity with a single mention, dropped with the singletons).
      const near = foundNear(doc, m.gold.headWord, allSystem);
      const detail = entity ?? `${near === "no system mention" ? "MISSED" : "UNLINKED"} (${near})`;
      lines.push(`    ${m.gold.category.padEnd(9)} ${quote(m.gold.text)} -> ${detail}`);
    }
  }
  const responseClusters = new Map<string, typeof score.responseMentions>();
  for (const m of score.responseMentions) {
    const e = m.system.entityId!;
    responseClusters.set(e, [...(responseClusters.get(e) ?? []), m]);
  }
  for (const [entity, mentions] of responseClusters) {
    const golds = new Set(mentions.map((m) => goldOfKey.get(m.key)?.cluster ?? "none"));
    if (golds.size <= 1 && !golds.has("none")) continue;
    lines.push(`  system ${entity} joins gold ${[...golds].join(", ")}:`);
    for (const m of mentions) {
      const gold = goldOfKey.get(m.key);
      const why = gold
        ? `gold ${gold.type} ${gold.cluster}`
        : m.gold
          ? `unscored gold ${m.gold.type}/${m.gold.category} ${quote(m.gold.text)} (out of scope or singleton)`
          : "no gold mention";
      lines.push(`    ${m.system.kind.padEnd(11)} ${quote(m.system.text)} -> ${why}`);
    }
  }
  return lines;
}
