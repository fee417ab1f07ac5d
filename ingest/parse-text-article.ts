import type { ArticleInput } from "./extraction";

const header = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s*\[\s*source:\s*([^\]]+)\])?\s*$/i;

/**
 * A plain-text article. An optional first line `date YYYY-MM-DD [Source: NAME]` gives its date and
 * source; the id is the file name without extension.
 */
export function parseTextArticle(id: string, content: string): ArticleInput {
  const text = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const newline = text.indexOf("\n");
  const first = newline === -1 ? text : text.slice(0, newline);
  const m = header.exec(first);
  if (!m) return { id, text };
  return { id, date: m[1], source: m[2]?.trim(), text: newline === -1 ? "" : text.slice(newline + 1) };
}
