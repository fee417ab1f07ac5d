/** Scores a set of GUM documents under several settings and adds the documents up (micro average). */
import { addCorefCounts, type CorefCounts, emptyCorefCounts } from "./coref-metrics";
import type { GumDocument } from "./read-gum-entities";
import {
  type CorefSetting,
  type DocumentScore,
  type MentionDetection,
  scoreDocument,
  type SystemMention,
} from "./score-document";

export interface NamedSetting {
  name: string;
  setting: CorefSetting;
}

export interface SettingResult {
  name: string;
  setting: CorefSetting;
  documents: DocumentScore[];
  counts: CorefCounts;
  detection: MentionDetection;
}

export interface DocumentInput {
  doc: GumDocument;
  system: readonly SystemMention[];
}

export function evaluateCoref(
  inputs: readonly DocumentInput[],
  settings: readonly NamedSetting[],
): SettingResult[] {
  return settings.map(({ name, setting }) => {
    const documents = inputs.map(({ doc, system }) => scoreDocument(doc, system, setting));
    const counts = documents.reduce((sum, d) => addCorefCounts(sum, d.counts), emptyCorefCounts());
    const detection = documents.reduce(
      (sum, d) => ({
        gold: sum.gold + d.detection.gold,
        system: sum.system + d.detection.system,
        matched: sum.matched + d.detection.matched,
      }),
      { gold: 0, system: 0, matched: 0 },
    );
    return { name, setting, documents, counts, detection };
  });
}
