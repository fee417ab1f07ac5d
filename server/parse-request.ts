import type { z } from "zod";
import { InputError } from "../core/newsgraph-error";

/** Parses untrusted request data once, at the boundary; the first problem becomes a 400 message. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  throw new InputError(`${what}: ${where}${issue?.message ?? "invalid"}`);
}
