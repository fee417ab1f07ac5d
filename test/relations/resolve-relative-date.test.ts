import { pastTense, pastTenseOf } from "../../ingest/relations/past-tense";
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

describe("pastTense", () => {
  it.each([
    ["rally", "rallied"],
    ["hold", "held"],
    ["agree", "agreed"],
    ["stop", "stopped"],
    ["express", "expressed"],
    ["repay", "repaid"],
    ["resell", "resold"],
    ["outbid", "outbid"],
    ["read", "read"],
    ["relay", "relayed"],
    ["deter", "deterred"],
    ["occur", "occurred"],
    ["commit", "committed"],
    ["offer", "offered"],
    ["visit", "visited"],
    ["scrap", "scrapped"],
    ["strip", "stripped"],
    ["outfit", "outfitted"],
    ["format", "formatted"],
    ["benefit", "benefited"],
    ["treat", "treated"],
    ["limit", "limited"],
  ])("%s → %s", (lemma, past) => expect(pastTense(lemma)).toBe(past));
});

describe("pastTenseOf", () => {
  it.each([
    ["boycot", "boycotted", "VBD", "boycotted"],
    ["shar", "shared", "VBD", "shared"],
    ["benefit", "benefitted", "VBN", "benefited"],
    ["travel", "travelled", "VBD", "traveled"],
    ["take", "took", "VBD", "took"],
    ["take", "taken", "VBN", "took"],
    ["scrap", "scrapping", "VBG", "scrapped"],
  ])("%s seen as %s/%s → %s", (lemma, form, xpos, past) => expect(pastTenseOf(lemma, form, xpos)).toBe(past));
});
