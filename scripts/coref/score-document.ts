/**
 * Scores one document's resolved mentions against its gold entities: picks the mentions in scope on both
 * sides, aligns them, and computes MUC, B³, CEAF-e and mention detection.
 */
import type { ResolvedMention } from "../../ingest/article-extractor";
import type { EntityType } from "../../ingest/extraction";
import { type Clustering, type CorefCounts, corefMetrics } from "./coref-metrics";
import { type MatchMode, matchMentions } from "./match-mentions";
import {
  categoryOfUpos,
  type GoldMention,
  type GumDocument,
  type MentionCategory,
  spanHead,
} from "./read-gum-entities";

export interface CorefSetting {
  match: MatchMode;
  /** Realisations scored on both sides (from the UPOS of the mention's head in the gold parse). */
  categories: readonly MentionCategory[];
  /** GUM entity types in the key. */
  goldTypes: readonly string[];
  /** Extractor types in the response. */
  systemTypes: readonly EntityType[];
  /** false: entities with a single mention in scope are dropped from key and response (CoNLL-2012, CRAC). */
  singletons: boolean;
}

export type SystemMention = Pick<ResolvedMention, "start" | "end" | "text" | "type" | "kind" | "entityId">;

export interface KeyMention {
  key: string;
  gold: GoldMention;
}

export interface ResponseMention {
  key: string;
  system: SystemMention;
  category: MentionCategory;
  /** The gold mention it is aligned with (of any type or category), when there is one. */
  gold: GoldMention | undefined;
}

export interface MentionDetection {
  gold: number;
  system: number;
  matched: number;
}

export interface DocumentScore {
  id: string;
  counts: CorefCounts;
  detection: MentionDetection;
  keyMentions: KeyMention[];
  responseMentions: ResponseMention[];
  key: Clustering;
  response: Clustering;
}

/** The category of a system span that matches no gold mention, from the gold words it covers. */
function categoryOfSpan(doc: GumDocument, start: number, end: number): MentionCategory {
  const covered = doc.words.filter((w) => w.start < end && w.end > start);
  if (covered.length === 0) return "other";
  const first = covered[0]!.index;
  const last = covered[covered.length - 1]!.index;
  return categoryOfUpos(doc.words[spanHead(doc.words, first, last)]!.upos);
}

function group<T>(
  items: readonly T[],
  clusterOf: (item: T) => string,
  keyOf: (item: T) => string,
): string[][] {
  const clusters = new Map<string, string[]>();
  for (const item of items) {
    const c = clusterOf(item);
    clusters.set(c, [...(clusters.get(c) ?? []), keyOf(item)]);
  }
  return [...clusters.values()];
}

export function scoreDocument(
  doc: GumDocument,
  systemMentions: readonly SystemMention[],
  setting: CorefSetting,
): DocumentScore {
  const seen = new Set<string>();
  const candidates = systemMentions.filter((m) => {
    if (m.entityId === undefined || !setting.systemTypes.includes(m.type)) return false;
    const span = `${m.start}:${m.end}`;
    if (seen.has(span)) return false;
    seen.add(span);
    return true;
  });
  const goldSpans = doc.mentions.map((g) => ({
    start: g.start,
    end: g.end,
    head: { start: doc.words[g.headWord]!.start, end: doc.words[g.headWord]!.end },
  }));
  const alignment = matchMentions(goldSpans, candidates, setting.match);

  let keyMentions: KeyMention[] = doc.mentions
    .map((gold, i) => ({ key: `g${i}`, gold }))
    .filter(
      ({ gold }) => setting.goldTypes.includes(gold.type) && setting.categories.includes(gold.category),
    );
  let responseMentions: ResponseMention[] = candidates
    .map((system, j) => {
      const i = alignment[j];
      const gold = i === undefined ? undefined : doc.mentions[i];
      return {
        key: i === undefined ? `s${system.start}:${system.end}` : `g${i}`,
        system,
        category: gold ? gold.category : categoryOfSpan(doc, system.start, system.end),
        gold,
      };
    })
    .filter((m) => setting.categories.includes(m.category));

  if (!setting.singletons) {
    const plural = <T>(items: T[], clusterOf: (item: T) => string): T[] => {
      const size = new Map<string, number>();
      for (const item of items) size.set(clusterOf(item), (size.get(clusterOf(item)) ?? 0) + 1);
      return items.filter((item) => size.get(clusterOf(item))! > 1);
    };
    keyMentions = plural(keyMentions, (m) => m.gold.cluster);
    responseMentions = plural(responseMentions, (m) => m.system.entityId!);
  }
  const key = group(
    keyMentions,
    (m) => m.gold.cluster,
    (m) => m.key,
  );
  const response = group(
    responseMentions,
    (m) => m.system.entityId!,
    (m) => m.key,
  );
  const keySet = new Set(keyMentions.map((m) => m.key));
  return {
    id: doc.id,
    counts: corefMetrics(key, response),
    detection: {
      gold: keyMentions.length,
      system: responseMentions.length,
      matched: responseMentions.filter((m) => keySet.has(m.key)).length,
    },
    keyMentions,
    responseMentions,
    key,
    response,
  };
}
