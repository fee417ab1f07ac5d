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

/** An article as it crosses a trust boundary (HTTP body, JSON Lines record). */
export const articleInputSchema = z.object({
  id: z.string().trim().min(1).max(300).optional(),
  title: z.string().trim().max(1000).optional(),
  date: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}/, "date must be YYYY-MM-DD")
    .transform((d) => d.slice(0, 10))
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
