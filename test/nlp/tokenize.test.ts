import { splitSentences } from "../../ingest/nlp/split-sentences";
import { tokenize } from "../../ingest/nlp/tokenize";

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe("tokenize", () => {
  it("splits possessives and negations as UD EWT does", () => {
    expect(words("Ukraine’s army didn't retreat, Kyiv's mayor can't say.")).toEqual([
      "Ukraine",
      "’s",
      "army",
      "did",
      "n't",
      "retreat",
      ",",
      "Kyiv",
      "'s",
      "mayor",
      "ca",
      "n't",
      "say",
      ".",
    ]);
    expect(words("the countries' leaders")).toEqual(["the", "countries", "'", "leaders"]);
  });

  it("keeps abbreviations, initials and numbers whole", () => {
    expect(words("Gen. Smith of the U.S. met J.P. Morgan on Jan. 5 for $1,000 and 3.5%.")).toEqual([
      "Gen.",
      "Smith",
      "of",
      "the",
      "U.S.",
      "met",
      "J.P.",
      "Morgan",
      "on",
      "Jan.",
      "5",
      "for",
      "$",
      "1,000",
      "and",
      "3.5",
      "%",
      ".",
    ]);
  });

  it("keeps decades and abbreviations after a hyphen whole", () => {
    expect(words("in the '90s, Roe (D-N.Y.) said")).toEqual([
      "in",
      "the",
      "'90s",
      ",",
      "Roe",
      "(",
      "D",
      "-",
      "N.Y.",
      ")",
      "said",
    ]);
  });

  it("splits curly quotes, dashes and brackets", () => {
    expect(words("“We will win”—he said (Reuters) -- maybe…")).toEqual([
      "“",
      "We",
      "will",
      "win",
      "”",
      "—",
      "he",
      "said",
      "(",
      "Reuters",
      ")",
      "--",
      "maybe",
      "…",
    ]);
  });

  it("splits a full stop the wire left without its space", () => {
    expect(words("a target for change.One of them")).toEqual([
      "a",
      "target",
      "for",
      "change",
      ".",
      "One",
      "of",
      "them",
    ]);
    expect(words("see www.example.com now")).toEqual(["see", "www.example.com", "now"]);
  });

  it("splits a closing bracket before a possessive", () => {
    expect(words("buy <Zinc Exploration Co>'s stake")).toEqual([
      "buy",
      "<",
      "Zinc",
      "Exploration",
      "Co",
      ">",
      "'s",
      "stake",
    ]);
  });

  it("keeps URLs and e-mail addresses whole", () => {
    expect(words("See https://www.reuters.com/a-b/c.html, or write to news@example.org.")).toEqual([
      "See",
      "https://www.reuters.com/a-b/c.html",
      ",",
      "or",
      "write",
      "to",
      "news@example.org",
      ".",
    ]);
  });

  it("records offsets into the source text, shifted by the offset argument", () => {
    const text = "  He said: “no.”";
    for (const t of tokenize(text, 100)) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
  });
});

describe("splitSentences", () => {
  it("splits a Reuters-style dateline and keeps abbreviations inside sentences", () => {
    const text =
      "MOSCOW, May 16 (Reuters) - Mr. Putin met U.S. envoys in St. Petersburg. They talked for 3.5 hours.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "MOSCOW, May 16 (Reuters) -",
      "Mr. Putin met U.S. envoys in St. Petersburg.",
      "They talked for 3.5 hours.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it("ends no dateline at a hyphen inside a name ('M/A-Com Inc', 'AFL-CIO')", () => {
    expect(splitSentences("M/A-Com Inc said it won an Army contract.").map((s) => s.text)).toEqual([
      "M/A-Com Inc said it won an Army contract.",
    ]);
    expect(splitSentences("AFL-CIO president Lane Kirkland spoke.")).toHaveLength(1);
    expect(splitSentences("LONDON - Prices fell.").map((s) => s.text)).toEqual(["LONDON -", "Prices fell."]);
  });

  it("keeps an abbreviated first name with its surname ('Alex. Brown and Sons Inc')", () => {
    expect(
      splitSentences("Underwriters are led by Alex. Brown and Sons Inc. The offer ends soon.").length,
    ).toBe(2);
  });

  it("ends a sentence after an abbreviation followed by a sentence starter", () => {
    expect(splitSentences("Talks ended in the U.S. The leaders left.").map((s) => s.text)).toEqual([
      "Talks ended in the U.S.",
      "The leaders left.",
    ]);
  });

  it("never joins paragraphs and splits an all-caps headline from its text", () => {
    const text = "KYIV WANTS A CEASEFIRE\nKyiv said it wanted a truce\n\nthe talks go on";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "KYIV WANTS A CEASEFIRE",
      "Kyiv said it wanted a truce",
      "the talks go on",
    ]);
  });

  it("keeps quoted questions with their reporting clause", () => {
    expect(splitSentences("“Is it over?” he asked. Nobody knew.").map((s) => s.text)).toEqual([
      "“Is it over?” he asked.",
      "Nobody knew.",
    ]);
  });

  it("ends a sentence at an ellipsis between two words, unless a verb or preposition goes on after it", () => {
    const digest = "The mill bought 5,000 tonnes yesterday...Egypt rejected offers at its tender.";
    expect(splitSentences(digest).map((s) => s.text)).toEqual([
      "The mill bought 5,000 tonnes yesterday...",
      "Egypt rejected offers at its tender.",
    ]);
    const cut = "The procedure followed...Is less favourable than in court, it said.";
    expect(splitSentences(cut)).toHaveLength(1);
    expect(tokenize("yesterday...Egypt").map((t) => t.text)).toEqual(["yesterday", "...", "Egypt"]);
  });
});
