import type { TaggedWord } from "../nlp/types";

/** Sets position `k` of the tags being rewritten to `tag`. */
export type SetTag = (k: number, tag: TaggedWord) => void;

/**
 * `tags` with what `visit` sets at each position, copied on the first change and the same array when
 * nothing changes: the tag repairs before the parse each test the tags as the tagger (or the repair
 * before) left them, never their own changes.
 */
export function rewriteTags(
  tags: TaggedWord[],
  visit: (t: TaggedWord, i: number, set: SetTag) => void,
): TaggedWord[] {
  let out: TaggedWord[] | undefined;
  const set: SetTag = (k, tag) => {
    (out ??= [...tags])[k] = tag;
  };
  tags.forEach((t, i) => visit(t, i, set));
  return out ?? tags;
}
