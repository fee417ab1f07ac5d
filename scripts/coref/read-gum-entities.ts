/**
 * Reads GUM's CoNLL-U coreference annotation (the `Entity=` MISC attribute, CorefUD bracket notation) into
 * gold mentions with character offsets into the document text rebuilt from the tokens.
 */

/** How a mention is realised, from the UPOS of its syntactic head. */
export type MentionCategory = "named" | "nominal" | "pronominal" | "other";

/** One syntactic word; offsets are into the rebuilt document text. */
export interface GumWord {
  /** 0-based position in the document. */
  index: number;
  sentence: number;
  form: string;
  upos: string;
  /** Document-level index of the syntactic head, -1 for the sentence root. */
  head: number;
  deprel: string;
  start: number;
  end: number;
}

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  /** GUM entity type: person, organization, place, event, abstract, object, time, … */
  type: string;
  /** GUM's entity number (GRP), unique within the document. */
  cluster: string;
  category: MentionCategory;
  /** GUM's link type to the antecedent: coref, ana, appos, pred, cata, disc, or sgl for a singleton. */
  link: string;
  /** The Wikipedia identity GUM gives named entities, when it does. */
  identity: string | undefined;
  firstWord: number;
  lastWord: number;
  /** Document-level index of the mention's syntactic head word. */
  headWord: number;
}

export interface GumDocument {
  id: string;
  /** Paragraphs separated by a blank line, sentences by a space, tokens joined as SpaceAfter says. */
  text: string;
  words: GumWord[];
  mentions: GoldMention[];
}

const defaultFields = ["GRP", "etype", "infstat", "salience", "centering", "minspan", "link", "identity"];

interface OpenMention {
  fields: Map<string, string>;
  firstWord: number;
}

/** PROPN heads make named mentions, NOUN nominal, PRON pronominal; anything else (NUM, ADJ, DET…) other. */
export function categoryOfUpos(upos: string): MentionCategory {
  if (upos === "PROPN") return "named";
  if (upos === "NOUN") return "nominal";
  if (upos === "PRON") return "pronominal";
  return "other";
}

/**
 * The word of a span whose parent lies outside it (the first such word when there are several). GUM
 * attaches titles and names as one `flat` chain headed by its first word ("President(head) Barack Obama",
 * "student(head) Ahmed Mohamed"); such a chain's head is taken to be its last word, the surname, so that
 * "Barack Obama" heads "US President Barack Obama" as it would in OntoNotes.
 */
export function spanHead(words: readonly GumWord[], first: number, last: number): number {
  let head = first;
  for (let i = first; i <= last; i++) {
    const h = words[i]!.head;
    if (h < first || h > last) {
      head = i;
      break;
    }
  }
  let end = head;
  for (let i = head + 1; i <= last; i++) {
    const w = words[i]!;
    if (w.head === head && w.deprel.split(":")[0] === "flat") end = i;
  }
  return end;
}

function miscValue(misc: string, key: string): string | undefined {
  for (const part of misc.split("|")) {
    if (part.startsWith(`${key}=`)) return part.slice(key.length + 1);
  }
  return undefined;
}

function parseOpening(body: string, fieldNames: readonly string[]): Map<string, string> {
  const parts = body.split("-");
  const fields = new Map<string, string>();
  fieldNames.forEach((name, i) => {
    // The last field (the Wikipedia identity) may itself contain hyphens.
    const value = i === fieldNames.length - 1 ? parts.slice(i).join("-") : parts[i];
    if (value !== undefined && value !== "") fields.set(name, value);
  });
  return fields;
}

interface RawWord {
  sentence: number;
  id: number;
  form: string;
  upos: string;
  head: number;
  deprel: string;
  misc: string;
}

interface Surface {
  form: string;
  spaceAfter: boolean;
  words: RawWord[];
}

interface RawSentence {
  newPar: boolean;
  surfaces: Surface[];
}

interface RawDocument {
  id: string;
  fieldNames: string[];
  sentences: RawSentence[];
}

function splitDocuments(conllu: string): RawDocument[] {
  const docs: RawDocument[] = [];
  let doc: RawDocument | undefined;
  let sentence: RawSentence | undefined;
  let pendingPar = false;
  let multiword: { last: number; surface: Surface } | undefined;
  let fieldNames = defaultFields;
  const startDocument = (id: string): RawDocument => {
    const d: RawDocument = { id, fieldNames, sentences: [] };
    docs.push(d);
    pendingPar = true;
    return d;
  };
  conllu.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === "") {
      sentence = undefined;
      return;
    }
    if (line.startsWith("#")) {
      const newdoc = /^#\s*newdoc id\s*=\s*(.+)$/.exec(line);
      if (newdoc) doc = startDocument(newdoc[1]!.trim());
      const global = /^#\s*global\.Entity\s*=\s*(.+)$/.exec(line);
      if (global) {
        fieldNames = global[1]!.trim().split("-");
        if (doc) doc.fieldNames = fieldNames;
      }
      if (/^#\s*newpar(\s*$|\s*=|\s+id\b)/.test(line)) pendingPar = true;
      return;
    }
    const cols = line.split("\t");
    if (cols.length !== 10) throw new Error(`coref: line ${n + 1} is not a CoNLL-U token line: ${line}`);
    const [id, form, , upos, , , head, deprel, , misc] = cols as [
      string,
      string,
      string,
      string,
      ...string[],
    ];
    if (id.includes(".")) return; // empty nodes carry no surface text
    doc ??= startDocument("document");
    if (!sentence) {
      sentence = { newPar: pendingPar || doc.sentences.length === 0, surfaces: [] };
      pendingPar = false;
      doc.sentences.push(sentence);
    }
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(misc ?? "_");
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      const surface: Surface = { form, spaceAfter, words: [] };
      sentence.surfaces.push(surface);
      multiword = { last: Number(range[2]), surface };
      return;
    }
    const word: RawWord = {
      sentence: doc.sentences.length - 1,
      id: Number(id),
      form,
      upos,
      head: Number(head),
      deprel: deprel ?? "_",
      misc: misc ?? "_",
    };
    if (multiword && word.id <= multiword.last) {
      multiword.surface.words.push(word);
      return;
    }
    multiword = undefined;
    sentence.surfaces.push({ form, spaceAfter, words: [word] });
  });
  return docs;
}

/** Rebuilds the text and places every word in it; words of a multiword token share its span unless they spell it. */
function layOut(doc: RawDocument): { text: string; words: GumWord[]; raw: RawWord[] } {
  let text = "";
  const words: GumWord[] = [];
  const raw: RawWord[] = [];
  doc.sentences.forEach((sentence, s) => {
    if (s > 0) text = text.replace(/ +$/, "") + (sentence.newPar ? "\n\n" : " ");
    const base = words.length;
    for (const surface of sentence.surfaces) {
      const start = text.length;
      text += surface.form;
      const spelled = surface.words.map((w) => w.form).join("") === surface.form;
      let offset = start;
      for (const w of surface.words) {
        const wStart = spelled ? offset : start;
        const wEnd = spelled ? offset + w.form.length : text.length;
        offset = wEnd;
        words.push({
          index: words.length,
          sentence: s,
          form: w.form,
          upos: w.upos,
          head: -1,
          deprel: w.deprel,
          start: wStart,
          end: wEnd,
        });
        raw.push(w);
      }
      if (surface.spaceAfter) text += " ";
    }
    // Word ids restart in every sentence; heads become document indices.
    for (let i = base; i < words.length; i++) {
      const h = raw[i]!.head;
      words[i]!.head = h === 0 ? -1 : base + h - 1;
    }
  });
  return { text: text.replace(/ +$/, ""), words, raw };
}

/** Parses every document of a CoNLL-U file with GUM `Entity=` annotation. */
export function readGumEntities(conllu: string): GumDocument[] {
  return splitDocuments(conllu).map((doc) => {
    const { text, words, raw } = layOut(doc);
    const mentions: GoldMention[] = [];
    const open = new Map<string, OpenMention[]>();
    const close = (cluster: string, last: number): void => {
      const stack = open.get(cluster);
      const m = stack?.pop();
      if (!m) throw new Error(`coref: ${doc.id}: closing bracket for entity ${cluster} with none open`);
      const headWord = spanHead(words, m.firstWord, last);
      const first = words[m.firstWord]!;
      const end = words[last]!.end;
      mentions.push({
        start: first.start,
        end,
        text: text.slice(first.start, end),
        type: m.fields.get("etype") ?? "unknown",
        cluster,
        category: categoryOfUpos(words[headWord]!.upos),
        link: m.fields.get("link") ?? "",
        identity: m.fields.get("identity"),
        firstWord: m.firstWord,
        lastWord: last,
        headWord,
      });
    };
    raw.forEach((w, i) => {
      const value = miscValue(w.misc, "Entity");
      if (value === undefined) return;
      const brackets = /\(([^()]*)(\))?|([^()]+)\)/g;
      for (let b = brackets.exec(value); b; b = brackets.exec(value)) {
        if (b[1] !== undefined) {
          const fields = parseOpening(b[1], doc.fieldNames);
          const cluster = fields.get(doc.fieldNames[0]!) ?? b[1];
          const stack = open.get(cluster) ?? [];
          stack.push({ fields, firstWord: i });
          open.set(cluster, stack);
          if (b[2] !== undefined) close(cluster, i);
        } else if (b[3] !== undefined) {
          close(b[3], i);
        }
      }
    });
    for (const [cluster, stack] of open) {
      if (stack.length > 0) throw new Error(`coref: ${doc.id}: entity ${cluster} opened and never closed`);
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { id: doc.id, text, words, mentions };
  });
}
