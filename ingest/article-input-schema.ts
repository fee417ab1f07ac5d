import { z } from "zod";

/** The longest article text accepted in one piece; longer input is almost surely not one news article. */
export const maxArticleChars = 2_000_000;

/** True for text that is not prose: NUL bytes, or many control characters (a binary file read as UTF-8). */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * YYYY-MM-DD from an ISO date or timestamp, or from the newswire form "31-MAR-1987 …"; anything
 * else is returned as given, for the check after it to reject.
 */
export function normalizeDate(raw: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(raw)) return raw.slice(0, 10);
  const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})\b/.exec(raw);
  const month = m ? months.indexOf(m[2]!.toLowerCase()) : -1;
  if (!m || month < 0) return raw;
  return `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/** An article as it crosses a trust boundary (HTTP body, JSON Lines record). */
export const articleInputSchema = z.object({
  id: z.string().trim().min(1).max(300).optional(),
  title: z.string().trim().max(1000).optional(),
  date: z
    .string()
    .trim()
    .transform(normalizeDate)
    .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d), "date must be YYYY-MM-DD")
    .optional(),
  source: z.string().trim().max(300).optional(),
  url: z.string().trim().max(2000).optional(),
  text: z
    .string()
    .refine((t) => t.trim().length > 0, "text is empty; send the article's text")
    .refine(
      (t) => t.length <= maxArticleChars,
      `text is over ${maxArticleChars.toLocaleString("en")} characters; split it`,
    )
    .refine((t) => !looksBinary(t), "text looks binary, not an article; send UTF-8 text"),
});
