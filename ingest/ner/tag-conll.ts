import type { ConllDocument } from "./conll";
import { groupByDocument } from "./conll";
import { documentStats } from "./document-stats";
import type { NerTag } from "./ner-tag";
import type { NerTagger } from "./ner-tagger";

/** IOB2 tags for every sentence of a CoNLL file, document by document so document-level features apply. */
export function tagConll(tagger: NerTagger, doc: ConllDocument): NerTag[][] {
  const out: NerTag[][] = [];
  for (const sentences of groupByDocument(doc.sentences)) {
    const document = documentStats(sentences.map((s) => s.words));
    for (const s of sentences) out.push(tagger.tag(s.words, { document }));
  }
  return out;
}
