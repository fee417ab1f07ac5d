import { resolveRelativeDate } from "../../ingest/relations/resolve-relative-date";

describe("resolveRelativeDate", () => {
  // 2025-05-17 is a Saturday.
  it.each([
    [["on", "Friday"], "2025-05-16"],
    [["on", "Saturday"], "2025-05-17"],
    [["last", "Saturday"], "2025-05-10"],
    [["next", "Monday"], "2025-05-19"],
    [["said", "yesterday"], "2025-05-16"],
    [["today"], "2025-05-17"],
  ])("%j against 2025-05-17 is %s", (words, expected) => {
    expect(resolveRelativeDate(words, "2025-05-17")).toBe(expected);
  });

  it("ignores lower-case weekday-like words and articles without a date", () => {
    expect(resolveRelativeDate(["friday"], "2025-05-17")).toBeUndefined();
    expect(resolveRelativeDate(["on", "Friday"], null)).toBeUndefined();
  });
});
