import { pastTense, pastTenseOf } from "../../ingest/relations/past-tense";

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
    ["lie", "lied", "VBD", "lied"],
    ["lie", "lay", "VBD", "lay"],
    ["hang", "hanged", "VBN", "hanged"],
  ])("%s seen as %s/%s → %s", (lemma, form, xpos, past) => expect(pastTenseOf(lemma, form, xpos)).toBe(past));
});
