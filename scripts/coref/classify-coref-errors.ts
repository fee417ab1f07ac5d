/**
 * Counts one setting's errors by kind over all documents, with examples, so a change to resolution can be
 * judged by which kind of error it removes.
 */
import type { SettingResult } from "./evaluate-coref";
import type { GumDocument } from "./read-gum-entities";
import type { SystemMention } from "./score-document";

export type CorefErrorKind =
  | "missed nominal (no system mention)"
  | "missed named (no system mention)"
  | "found, but its system entity has no other mention in scope (dropped as a singleton)"
  | "found, but the system span crosses the gold span (nested or longer name)"
  | "found, but typed EVENT/MISC/CONCEPT"
  | "found, but unresolved (no entity id)"
  | "split off its gold entity"
  | "merged into another gold entity"
  | "spurious: gold mention of another type"
  | "spurious: gold mention out of scope (category or singleton)"
  | "spurious: no gold mention";

export interface CorefErrorClass {
  kind: CorefErrorKind;
  count: number;
  examples: string[];
}

function dominant(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

export function classifyCorefErrors(
  result: SettingResult,
  inputs: readonly { doc: GumDocument; system: readonly SystemMention[] }[],
  maxExamples = 4,
): CorefErrorClass[] {
  const classes = new Map<CorefErrorKind, CorefErrorClass>();
  const add = (kind: CorefErrorKind, example: string): void => {
    const c = classes.get(kind) ?? { kind, count: 0, examples: [] };
    c.count++;
    if (c.examples.length < maxExamples) c.examples.push(example);
    classes.set(kind, c);
  };
  result.documents.forEach((score, d) => {
    const { doc, system } = inputs[d]!;
    const short = doc.id.replace(/^GUM_news_/, "");
    const entityOfKey = new Map(score.responseMentions.map((m) => [m.key, m.system.entityId!]));
    const goldOfKey = new Map(score.keyMentions.map((m) => [m.key, m.gold]));
    const clusterEntity = new Map<string, string | undefined>();
    for (const m of score.keyMentions) {
      if (clusterEntity.has(m.gold.cluster)) continue;
      const entities = score.keyMentions
        .filter((k) => k.gold.cluster === m.gold.cluster)
        .map((k) => entityOfKey.get(k.key))
        .filter((e): e is string => e !== undefined);
      clusterEntity.set(m.gold.cluster, dominant(entities));
    }
    for (const m of score.keyMentions) {
      const entity = entityOfKey.get(m.key);
      const text = `${short}: "${m.gold.text}" (${m.gold.type})`;
      if (entity === undefined) {
        const head = doc.words[m.gold.headWord]!;
        const near = system.filter((s) => s.start < head.end && s.end > head.start);
        const scorable = near.filter(
          (s) => s.entityId !== undefined && result.setting.systemTypes.includes(s.type),
        );
        const about = (s: SystemMention): string =>
          `${text} ~ "${s.text}" ${s.type}/${s.entityId ?? "no id"}`;
        const inside = scorable.find((s) => s.start >= m.gold.start && s.end <= m.gold.end);
        const typed = near.find((s) => s.entityId !== undefined);
        if (inside)
          add(
            "found, but its system entity has no other mention in scope (dropped as a singleton)",
            about(inside),
          );
        else if (scorable[0])
          add("found, but the system span crosses the gold span (nested or longer name)", about(scorable[0]));
        else if (typed) add("found, but typed EVENT/MISC/CONCEPT", about(typed));
        else if (near[0]) add("found, but unresolved (no entity id)", about(near[0]));
        else if (m.gold.category === "nominal") add("missed nominal (no system mention)", text);
        else add("missed named (no system mention)", text);
      } else if (entity !== clusterEntity.get(m.gold.cluster)) {
        add(
          "split off its gold entity",
          `${text} -> ${entity}, rest -> ${clusterEntity.get(m.gold.cluster) ?? "-"}`,
        );
      }
    }
    const entityCluster = new Map<string, string | undefined>();
    for (const m of score.responseMentions) {
      const e = m.system.entityId!;
      if (entityCluster.has(e)) continue;
      const clusters = score.responseMentions
        .filter((r) => r.system.entityId === e)
        .map((r) => goldOfKey.get(r.key)?.cluster)
        .filter((c): c is string => c !== undefined);
      entityCluster.set(e, dominant(clusters));
    }
    for (const m of score.responseMentions) {
      const gold = goldOfKey.get(m.key);
      const text = `${short}: "${m.system.text}" ${m.system.kind}/${m.system.type} -> ${m.system.entityId!}`;
      if (gold) {
        const main = entityCluster.get(m.system.entityId!);
        if (gold.cluster !== main) add("merged into another gold entity", `${text} (gold "${gold.text}")`);
      } else if (m.gold && !result.setting.goldTypes.includes(m.gold.type)) {
        add("spurious: gold mention of another type", `${text} (gold ${m.gold.type} "${m.gold.text}")`);
      } else if (m.gold) {
        add("spurious: gold mention out of scope (category or singleton)", `${text} (gold "${m.gold.text}")`);
      } else {
        add("spurious: no gold mention", text);
      }
    }
  });
  return [...classes.values()].sort((a, b) => b.count - a.count);
}
