import { testExtractor } from "../support/test-extractor";

/** entity id of every mention with this text, in order. */
function idsOf(text: string, surface: string): (string | undefined)[] {
  return testExtractor()
    .mentions({ text })
    .filter((m) => m.text === surface)
    .map((m) => m.entityId);
}

function entityOf(text: string, surface: string): string | undefined {
  return idsOf(text, surface)[0];
}

/** The text of every name the extractor finds in the text, in order. */
function namesIn(text: string): string[] {
  return testExtractor()
    .mentions({ text })
    .filter((m) => m.kind === "name")
    .map((m) => m.text);
}

/** Who states something in the text, or in its sentence `sentenceIndex`, in order. */
function speakersIn(text: string, sentenceIndex?: number): string[] {
  return testExtractor()
    .extract({ text })
    .triples.filter((t) => t.predicate === "STATED" && (sentenceIndex ?? t.sentenceIndex) === t.sentenceIndex)
    .map((t) => t.subject.name);
}

/** "company > place" for every LOCATED_IN triple of the text. */
function located(text: string): string[] {
  return testExtractor()
    .extract({ text })
    .triples.filter((t) => t.predicate === "LOCATED_IN")
    .map((t) => `${t.subject.name} > ${t.object.name}`);
}

describe("entity resolution within an article", () => {
  it("joins a surname, with or without a title, to the person named in full", () => {
    const text =
      "Andy Warhol made thousands of Polaroids. The Warhol exhibit opened on Monday, and Warhol fans came.";
    expect(idsOf(text, "Warhol")).toEqual(["person:andy-warhol", "person:andy-warhol"]);
    const envoy =
      "Ambassador Hamdullah Mohib thanked the team. Ambassador Mohib said the girls had worked hard.";
    expect(entityOf(envoy, "Ambassador Mohib")).toBe("person:hamdullah-mohib");
  });

  it("treats British and American spellings of an organisation as one entity", () => {
    const text =
      "The World Health Organization warned about iodine. The World Health Organisation said children were at risk.";
    expect(entityOf(text, "World Health Organisation")).toBe(entityOf(text, "World Health Organization"));
  });

  it("does not read LA as the country code of Laos", () => {
    const text = "Police in LA arrested a man on Sunday. LA officials said he had fled.";
    expect(idsOf(text, "LA")).not.toContain("place:laos");
  });

  it("links a description predicated of a name to it, but a facility not to the last city named", () => {
    const text =
      "Maria Lopez, an artist from Chicago, opened the gallery on Friday. The gallery was full, Lopez said.";
    expect(entityOf(text, "an artist")).toBe("person:maria-lopez");
    const gallery = idsOf(text, "the gallery")[0];
    expect(gallery).not.toBe("place:chicago");
    expect(entityOf(text, "The gallery")).toBe(gallery);
  });

  it("never makes a time or an event a mention of the person beside it", () => {
    const mentions = testExtractor().mentions({
      text: "Kim Min scored in the 18th minute. The match ended 2-1.",
    });
    expect(mentions.map((m) => m.text)).not.toContain("the 18th minute");
    expect(mentions.filter((m) => m.entityId === "person:kim-min").map((m) => m.text)).toEqual(["Kim Min"]);
  });

  it("resolves 'he' to one person, not to a plural description", () => {
    const text = "Police in LA arrested a man on Sunday. LA officials said he had fled.";
    const he = testExtractor()
      .mentions({ text })
      .find((m) => m.text === "he");
    const officials = testExtractor()
      .mentions({ text })
      .find((m) => m.text === "officials");
    expect(he?.entityId).toBeDefined();
    expect(he?.entityId).not.toBe(officials?.entityId);
  });

  it("keeps hyphenated names whole and completes 'North and South Korea'", () => {
    const ids = testExtractor()
      .mentions({ text: "Khaled Al-Maeena said Kim Jong-un had met envoys from North and South Korea." })
      .map((m) => m.entityId);
    expect(ids).toEqual(
      expect.arrayContaining([
        "person:khaled-al-maeena",
        "person:kim-jong-un",
        "place:north-korea",
        "place:south-korea",
      ]),
    );
  });

  it("keeps companies named 'X and Y Co' whole, but not two companies in a row", () => {
    const names = (text: string): string[] =>
      testExtractor()
        .mentions({ text })
        .map((m) => m.text);
    expect(names("Standard and Poor's Corp said it cut the ratings.")).toContain("Standard and Poor's Corp");
    expect(names("The valves were made by a Gulf and Western Inc subsidiary.")).toContain(
      "Gulf and Western Inc",
    );
    expect(names("Ford and General Motors Corp cut prices.")).toEqual(
      expect.arrayContaining(["Ford", "General Motors Corp"]),
    );
  });

  it("keeps a company of a country or state whole, but cuts off the town a company is of", () => {
    const prudential =
      "The new funds are offered by Prudential Insurance Co of Canada, also owned by the parent.";
    expect(namesIn(prudential)).toContain("Prudential Insurance Co of Canada");
    expect(located(prudential)).toEqual([]);
    expect(namesIn("Northern Power Co of Ontario Ltd said it raised its rates.")).toContain(
      "Northern Power Co of Ontario Ltd",
    );
    expect(located("Delta Chemical Co of Columbus, Ohio, said it sold the plant.")).toContain(
      "Delta Chemical Co > Columbus",
    );
    expect(located("Harbour Grain Ltd of New York said it sold the plant.")).toContain(
      "Harbour Grain Ltd > New York",
    );
    expect(located("Acme Inc sold the unit to <Nordic Match Co> of Stockholm for 230 mln dlrs.")).toContain(
      "Nordic Match Co > Stockholm",
    );
    expect(located("Analysts said Sakura Cosmetics Co of Tokyo might bid.")).toContain(
      "Sakura Cosmetics Co > Tokyo",
    );
  });

  it("cuts off a company's headquarters town or home country after 'Co of', but keeps a state's or a subsidiary's name whole", () => {
    const cut: [string, string][] = [
      ["Harbor Oil Co of Houston said it bought the plant.", "Harbor Oil Co > Houston"],
      ["Midwest Grain Co of New York sold wheat to Egypt.", "Midwest Grain Co > New York"],
      ["Nippon Cable Co of Japan said it cut output.", "Nippon Cable Co > Japan"],
    ];
    for (const [text, pair] of cut) expect(located(text)).toContain(pair);
    // A bank, an insurer or a utility chartered by a state carries the state in its legal name.
    const whole: [string, string][] = [
      [
        "Liberty Guaranty Trust Co of New York said it lent the money.",
        "Liberty Guaranty Trust Co of New York",
      ],
      ["Public Service Co of New Mexico said it raised its rates.", "Public Service Co of New Mexico"],
      [
        "Beneficial Credit Corp of North America said it sold the unit.",
        "Beneficial Credit Corp of North America",
      ],
    ];
    for (const [text, name] of whole) expect(namesIn(text)).toContain(name);
  });

  it("joins a company's short name to the one full name earlier in the story it begins", () => {
    const text =
      "Harmon Energy Corp said it agreed to sell its refinery to Kesler Corp for 90 mln dlrs. Harmon said the sale would cut its debt.";
    expect(entityOf(text, "Harmon")).toBe(entityOf(text, "Harmon Energy Corp"));
    // Two companies the short name begins: it names neither.
    const two =
      "Harmon Energy Corp and Harmon Steel Inc said they agreed to merge. Harmon said the merger would cut costs.";
    expect(entityOf(two, "Harmon")).not.toBe(entityOf(two, "Harmon Energy Corp"));
    expect(entityOf(two, "Harmon")).not.toBe(entityOf(two, "Harmon Steel Inc"));
    // A person named in full with that surname keeps it.
    const person =
      "Harmon Energy Corp named Paul Harmon its new president. Harmon said he would sell the refinery.";
    expect(entityOf(person, "Harmon")).toBe("person:paul-harmon");
    // A short name used before the full one is a company of its own: the parent of its partnership.
    const parent =
      "Arcoa said it formed Arcoa Hotel Partners LP to buy hotels. Arcoa said it holds one pct of the partnership.";
    expect(idsOf(parent, "Arcoa")).not.toContain(entityOf(parent, "Arcoa Hotel Partners LP"));
  });

  it("keeps a German bank's name whole across its suspended compound ('Handels- und Frankfurter Bank')", () => {
    const text =
      "The new system will help the market, said Berliner Handels- und Frankfurter Bank economist Hermann Remsperger.";
    expect(namesIn(text)).toContain("Berliner Handels- und Frankfurter Bank");
    const employer = testExtractor()
      .extract({ text })
      .triples.find((t) => t.predicate === "WORKS_FOR")?.object.name;
    expect(employer).toBe("Berliner Handels- und Frankfurter Bank");
    expect(namesIn("Bayerische Hypotheken- und Wechsel-Bank AG raised its dividend.")).toContain(
      "Bayerische Hypotheken- und Wechsel-Bank AG",
    );
  });

  it("reads partners listed before a company suffix as one firm, not separate firms or a country", () => {
    const names = (text: string): string[] =>
      testExtractor()
        .mentions({ text })
        .filter((m) => m.kind === "name")
        .map((m) => m.text);
    expect(names("Anderson, Benjamin, Read and Haney Inc said it was retained.")).toEqual([
      "Anderson, Benjamin, Read and Haney Inc",
    ]);
    expect(names("Lazard Freres and Co and Salomon Brothers Inc managed the offering.")).toEqual(
      expect.arrayContaining(["Lazard Freres and Co", "Salomon Brothers Inc"]),
    );
    expect(names("Japan, France and Mitsui and Co Ltd signed the pact.")).toContain("France");
  });

  it("resolves a repeated head, not any word of an earlier name", () => {
    const text =
      "The United Food and Commercial Workers Union said Safeway will provide severance pay to 5,000 workers. The union welcomed it.";
    const mentions = testExtractor().mentions({ text });
    const union = mentions.find((m) => m.text === "The union")?.entityId;
    expect(union).toBe(mentions.find((m) => m.text.startsWith("United Food"))?.entityId);
    expect(mentions.find((m) => m.text === "workers")?.entityId).not.toBe(union);
  });

  it("never takes a sentence adverb for a name", () => {
    const mentions = testExtractor().mentions({
      text: "Allegedly, Thomas' sister pleaded with him to see a doctor.",
    });
    expect(mentions.map((m) => m.text)).not.toContain("Allegedly");
  });

  it("gives 'she' no person the article calls a man", () => {
    const she = testExtractor()
      .mentions({
        text: "Anna Lang met Mr. Peter Lang in Perth on Monday. She said the talks had gone well.",
      })
      .find((m) => m.text === "She");
    expect(she?.entityId).toBe("person:anna-lang");
  });

  it("gives a later 'he' the person an apposition describes, not the one named inside it", () => {
    const text =
      "Former Acme aide John Miller, a close friend of Senator Tom Baker, was charged by a grand jury with fraud because he lied about his consulting business.";
    expect(idsOf(text, "he")).toEqual(["person:john-miller"]);
    expect(idsOf(text, "his")).toEqual(["person:john-miller"]);
  });

  it("reads 'it' subject of a clause conjoined to 'said' as the one who said it, not a subject it reported", () => {
    const text =
      "Acme Savings Bank is making its first foreign loan, the Daily Star said. " +
      "It said the bank started new services last year in three cities, but it gave no more details.";
    expect(idsOf(text, "It")).toEqual(["organization:daily-star"]);
    expect(idsOf(text, "it")).toEqual(["organization:daily-star"]);
  });

  it("never makes a pronoun object its own clause's subject", () => {
    const told = "Maria Lopez met Carlos Ruiz on Monday. Lopez told him the deal was off.";
    expect(entityOf(told, "him")).toBe("person:carlos-ruiz");
    // "it" is then most often a thing no name stands for: left unresolved rather than made Acme Corp.
    const replaced =
      "Acme Corp shipped a new browser in 2001. Acme Corp has replaced it with newer versions.";
    expect(idsOf(replaced, "Acme Corp")).toEqual(["organization:acme", "organization:acme"]);
    expect(entityOf(replaced, "it")).toBeUndefined();
  });

  it("repeats a singular name only in the singular and of the same kind: 'the banks', 'commercial bank' are others", () => {
    const text =
      "The World Bank approved a loan to Ghana on Monday. The banks said the debt would be rescheduled. " +
      "The Bank of England raised rates on Tuesday. The central bank said inflation was rising. " +
      "Commercial bank lending to Ghana fell last year.";
    expect(entityOf(text, "The central bank")).toBe("organization:bank-of-england");
    expect(entityOf(text, "The banks")).not.toBe("organization:world-bank");
    expect(entityOf(text, "Commercial bank")).not.toBe("organization:bank-of-england");
  });

  it("makes a company with and without its legal form one entity, with one id across articles", () => {
    const text =
      "Kessler Broadcasting Co said on Monday that it had received an offer. " +
      "Earlier today, Kessler Broadcasting said the offer was too low.";
    expect(idsOf(text, "Kessler Broadcasting Co")).toEqual(["organization:kessler-broadcasting"]);
    expect(idsOf(text, "Kessler Broadcasting")).toEqual(["organization:kessler-broadcasting"]);
    expect(entityOf("Kessler Broadcasting said the offer was too low.", "Kessler Broadcasting")).toBe(
      "organization:kessler-broadcasting",
    );
  });

  it("reads 'the company' as the one the story opened with, not the underwriter named as often since", () => {
    const text =
      "Audiotronics Corp said it filed for an offering of one mln shares. " +
      "Harwell and Co Inc will be the underwriter, it said. The company said proceeds will be used to repay bank debt.";
    expect(entityOf(text, "The company")).toBe("organization:audiotronics");
  });

  it("reads a speaking 'the company' as the company that spoke last, not the unit named more often", () => {
    const text =
      "Omega Express Co said it and its Delta Lehman Brothers Inc subsidiary have held talks on an investment in " +
      "Delta Lehman by Sigma Life Insurance Co. The company said a definitive agreement is subject to conditions.";
    expect(entityOf(text, "The company")).toBe("organization:omega-express");
    // Not speaking, "the company" stays the one the story is most about.
    const acted = text.replace("The company said a definitive agreement is", "The company will be");
    expect(entityOf(acted, "The company")).toBe("organization:delta-lehman-brothers");
  });

  it("reads a speaking 'it' as the company that spoke before, not a company named in what it said", () => {
    const text =
      "Keystone Financial Corp said its earnings for the year have been adjusted downward. " +
      "The company said the adjustment is due to news that the Federal Savings and Loan Insurance Corp has cancelled a reserve payment. " +
      "It said the adjusted net income compares to the previously reported figure.";
    expect(speakersIn(text, 2)).toEqual(["Keystone Financial Corp"]);
    const unit =
      "Omega Corp's Delta Steel subsidiary said prices for bar products will be increased by 15 dlrs a ton. " +
      "It said the increase is being made to reflect market conditions.";
    expect(idsOf(unit, "It")).toEqual(["organization:delta-steel"]);
  });

  it("looks further back for who spoke than for a subject: 'It said' three sentences on is the newspaper", () => {
    const text =
      "Jiangsu Tobacco Corp and Celanese Fibres Operations Ltd yesterday established China's first cigarette filter " +
      "joint venture, the Nantong Cellulose Fibres Co, the China Daily said. " +
      "The joint venture factory, due to start operations in 1989, will be able to produce up to 10,000 tonnes of " +
      "cellulose fibre annually, it said. " +
      "Cellulose fibre is the main component of cigarette filters, which China has always imported. " +
      "It said Celanese Fibres owns 30.68 pct of the joint venture.";
    expect(speakersIn(text, 3)).toEqual(["China Daily"]);
  });

  it("splits a name the NER ran over two listed companies", () => {
    const text =
      "A group of companies including Chicago-based Coronet Insurance Co and Sunstates Corp, a Jacksonville, " +
      "Fla., real estate firm, said it raised its stake in Tandy Brands Inc to 175,900 shares.";
    const names = testExtractor()
      .mentions({ text })
      .map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(["Coronet Insurance Co", "Sunstates Corp"]));
    expect(names).not.toContain("Coronet Insurance Co and Sunstates Corp");
  });

  it("hears no speech in a declared dividend: 'the company said' after 'its board declared' is the company", () => {
    const text =
      "Alder Aluminium Ltd said its board declared a three-for-two stock split. " +
      "The company said the split would be payable to holders of record on May Five.";
    expect(entityOf(text, "The company")).toBe("organization:alder-aluminium");
  });

  it("reads 'the paper' as the newspaper named before, and 'it' after it as the paper", () => {
    const text =
      "Two firms signed a contract to build a copper tube plant, the China Daily said. " +
      "The venture will be owned by both, the paper said. It said the plant is the first of its kind.";
    expect(entityOf(text, "the paper")).toBe("organization:china-daily");
    expect(idsOf(text, "It")).toEqual(["organization:china-daily"]);
    // No newspaper named: commercial paper is no company of the story.
    const paper = "Acme Foods Inc sold 50 mln dlrs of commercial paper. The paper was rated A-1 by analysts.";
    expect(entityOf(paper, "The paper")).not.toBe("organization:acme-foods");
  });

  it("reads a company a name possesses as no other company: not the story's, not an earlier 'the company'", () => {
    const text =
      "Acme Brands Inc's acquisition of Delta Distillers Corp's liquor business is expected to be one of a series of acquisitions, analysts said. " +
      "Acme Brands failed last year in its bid for Omega Inc when Sigma agreed to buy the company. " +
      "Analysts said the Delta Distillers' spirits company, which makes gin and vodka, is not quite the type of acquisition they envisioned.";
    expect(entityOf(text, "spirits company")).not.toBe("organization:acme-brands");
    const makers = testExtractor()
      .extract({ text })
      .triples.filter((t) => t.predicate === "MADE")
      .map((t) => t.subject.name);
    expect(makers).not.toContain("Acme Brands Inc");
  });

  it("reads 'the company' after a company's spokesman as that company, unless he is quoted", () => {
    const story =
      "Two steel companies are studying a price increase announced by Omega Corp's Omega Steel division. " +
      "Omega Steel said it plans to raise base prices on plate products. ";
    const text =
      story +
      "A spokesman for Delta Steel Co, a unit of Delta Corp, declined comment, adding that the company does not make heavy plate.";
    expect(entityOf(text, "the company")).toBe("organization:delta-steel");
    const quoted =
      story + 'A spokesman for Delta Steel Co said: "We do not know whether the company will raise prices."';
    expect(entityOf(quoted, "the company")).not.toBe("organization:delta-steel");
    const named =
      story + "Delta Steel Co was not asked. A Delta spokesman said the company does not make plate.";
    // "Delta" is the short name of the one Delta company the story named before.
    expect(entityOf(named, "the company")).toBe("organization:delta-steel");
  });

  it("never reads 'the company' as a regulator or a rating agency, however often named", () => {
    const filing =
      "The Interstate Commerce Commission will rule on the rail merger. Kansas Southern Industries Inc renewed its bid. " +
      "The ICC delayed its ruling. In a filing with the ICC, the company outlined four conditions.";
    expect(entityOf(filing, "the company")).toBe("organization:kansas-southern-industries");
    const rating =
      "Moody's Investors Service Inc said it lowered the ratings of Acme Foods Inc. Moody's cited weak sales. Moody's said the company has cut its debt.";
    expect(entityOf(rating, "the company")).toBe("organization:acme-foods");
  });

  it("keeps a company's name whole across a place or word in brackets ('GMAC (Australia) Finance Ltd')", () => {
    const text =
      "GMAC (Australia) Finance Ltd is issuing a 50 mln Australian dlr eurobond, lead manager Nikko Securities Co (Europe) Ltd said. Premier Zhao (Ziyang) has spoken.";
    expect(namesIn(text)).toEqual([
      "GMAC (Australia) Finance Ltd",
      "Nikko Securities Co (Europe) Ltd",
      "Zhao",
    ]);
  });

  it("reads a name an earlier one continues with 'of …' as that one, unless it has a legal form", () => {
    const text =
      "Canadian Imperial Bank of Commerce cut its Visa rate. A Canadian Imperial Bank spokesman said the market is competitive.";
    expect(entityOf(text, "Canadian Imperial Bank")).toBe("organization:canadian-imperial-bank-of-commerce");
    const unit =
      "Ford Motor Co of Canada Ltd, 90 pct owned by Ford Motor Co, cut prices. Ford Motor Co said sales rose.";
    expect(idsOf(unit, "Ford Motor Co")).not.toContain(entityOf(unit, "Ford Motor Co of Canada Ltd"));
  });

  it("joins an acronym to the company it abbreviates when the name ends in a legal form", () => {
    const text = "Halvorsen Marine Transport Co ordered two ships on Monday, an HMT spokesman said.";
    expect(entityOf(text, "HMT")).toBe(entityOf(text, "Halvorsen Marine Transport Co"));
    expect(entityOf(text, "HMT")).toBe("organization:halvorsen-marine-transport");
  });
});

describe("names with a possessive", () => {
  it("reads 'it' after 'X's Y said' as the company Y the possessor introduces, not its parent", () => {
    const text = "Acme Holdings Inc's Widget Airlines said it is cutting fares to Hawaii.";
    expect(idsOf(text, "it")).toEqual(["organization:widget-airlines"]);
  });

  it("never makes a company of a place's possessive ('while China's is huge')", () => {
    const mentions = testExtractor().mentions({
      text: "The economies of Hungary and Yugoslavia are small, while China's is huge.",
    });
    expect(mentions.map((m) => m.text)).not.toContain("China's");
    expect(mentions.find((m) => m.text === "China")?.entityId).toBe("place:china");
  });
});

describe("state institutions", () => {
  const idOf = (text: string, surface: string, date?: string): string | undefined =>
    testExtractor()
      .mentions({ text, ...(date ? { date } : {}) })
      .find((m) => m.text === surface)?.entityId;

  it("gives each state's finance ministry its own node, from a possessive, a demonym or the name", () => {
    const japan = idOf("Japan's Finance Ministry said it will sell bonds.", "Finance Ministry");
    const brazil = idOf("The Brazilian Finance Ministry said it would suspend payments.", "Finance Ministry");
    expect(japan).toBe("organization:finance-ministry-japan");
    expect(brazil).toBe("organization:finance-ministry-brazil");
    const named =
      "The Japanese Finance Ministry said the yen was stable. The Ministry of Finance said exports rose.";
    expect(idOf(named, "Japanese Finance Ministry")).toBe(japan);
    expect(idOf(named, "Ministry of Finance")).toBe(japan);
  });

  it("gives a bare institution the state the article ties it to, or the one the article is about", () => {
    const tied = "The U.S. Treasury said it will auction bills. The Treasury said demand was strong.";
    expect(idOf(tied, "Treasury")).toBe("organization:treasury-united-states");
    const about = "New Zealand's money supply grew 3.6 pct in December, the Reserve Bank said.";
    expect(idOf(about, "Reserve Bank")).toBe("organization:reserve-bank-new-zealand");
  });

  it("guesses no state when the article does not say, or for an American wire's own departments", () => {
    expect(idOf("The Finance Ministry said it would sell bonds.", "Finance Ministry")).toBe(
      "organization:finance-ministry",
    );
    const lumber = "The Commerce Department said Canadian firms pay the surcharge, officials in Canada said.";
    expect(idOf(lumber, "Commerce Department")).toBe("organization:commerce-department");
    // Named "U.S." twice and Japan once: no state dominates, so none is guessed.
    const mixed =
      "The Ministry of Finance will set the coupon. It wants to keep the gap between U.S. and Japan rates, as U.S. officials asked.";
    expect(idOf(mixed, "Ministry of Finance")).toBe("organization:finance-ministry");
  });

  it("joins the usual other names of an institution, and an acronym to the institution it abbreviates", () => {
    const fed = "The Fed said it would add reserves. Federal Reserve Board Chairman Paul Volcker spoke.";
    expect(idOf(fed, "Fed")).toBe("organization:federal-reserve");
    expect(idOf(fed, "Federal Reserve Board")).toBe("organization:federal-reserve");
    const usda = "The USDA said the U.S. Agriculture Department would buy wheat.";
    expect(idOf(usda, "USDA")).toBe("organization:agriculture-department-united-states");
    expect(idOf(usda, "U.S. Agriculture Department")).toBe(
      "organization:agriculture-department-united-states",
    );
    const miti =
      "Japan's Ministry of International Trade and Industry (MITI) said it would act. MITI said exports fell.";
    expect(idOf(miti, "MITI")).toBe(idOf(miti, "Ministry of International Trade and Industry"));
  });

  it("reads a demonym the NER cut from its compass word as that state ('West German' in 1987)", () => {
    const text = "West German producer prices fell, the Federal Statistics Office said.";
    expect(idOf(text, "West German", "1987-03-13")).toBe("place:west-germany");
    expect(idOf(text, "Federal Statistics Office", "1987-03-13")).toBe(
      "organization:federal-statistics-office-west-germany",
    );
  });
  it("reads a capitalised 'The President' as the president the story named, and as no one when it named none", () => {
    const named = "U.S. President Donald Trump spoke on Monday. The President met Kim Jong-un on Tuesday.";
    expect(entityOf(named, "The President")).toBe("person:donald-trump");
    const unnamed =
      'Deng Xiaoping met George Shultz. Deng said: "I know the President has had some difficulties."';
    expect(idsOf(unnamed, "the President")).toHaveLength(1);
    expect(entityOf(unnamed, "the President")).not.toBe("person:deng-xiaoping");
  });
  it("makes 'Bear, Stearns and Co' one company though the NER tagged two people and left the 'Co' out", () => {
    const text = "Guilford Mills Inc is raising 75 mln dlrs, said sole manager Bear, Stearns and Co.";
    expect(entityOf(text, "Bear, Stearns and Co.")).toBe("organization:bear-stearns-and-co");
    const lone = testExtractor()
      .mentions({ text: "The report was written by Bell and Co. staff on Monday." })
      .map((m) => m.text);
    expect(lone).not.toContain("Co.");
  });

  it("runs a company's name back over the founders the NER left untagged, but joins no two names", () => {
    const mentions = (text: string): string[] =>
      testExtractor()
        .mentions({ text })
        .map((m) => m.text);
    expect(mentions("Shares of Sears, Roebuck and Co rose.")).toContain("Sears, Roebuck and Co");
    expect(mentions("The government empowered the Price and Cartel Board to act.")).toContain(
      "Price and Cartel Board",
    );
    expect(mentions("In November, B and C said it would cut jobs.")).not.toContain("November, B and C");
  });

  it("takes a sentence's first word as a partner where the tagger missed the name but the NER saw it", () => {
    // In this article the tagger reads "Sears" as a plural noun; the NER, with the later "Sears Merchandise
    // Group" for context, tags it as a name.
    const text =
      "Sears, Roebuck and Co said retail sales of its Merchandise Group in March rose 4.2 pct to 2.62 billion dlrs " +
      "from 2.51 billion dlrs a year ago. For the nine weeks ended April Four, Sears Merchandise Group sales rose " +
      "4.5 pct to 4.46 billion dlrs.";
    expect(speakersIn(text)).toEqual(["Sears, Roebuck and Co"]);
  });
  it("never makes a central bank with a nationality another state's central bank", () => {
    const text =
      "The Bank of Japan kept its discount rate unchanged on Monday. " +
      "Later, Swedish central bank governor Lars Berg said the Swedish central bank would cut its rates if needed. " +
      "The Japanese central bank said prices were stable.";
    const ids = idsOf(text, "central bank");
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe("organization:bank-of-japan");
    expect(ids[1]).toBe("organization:bank-of-japan");
    expect(idsOf(text, "bank")).not.toContain("organization:bank-of-japan");
  });

  it("makes a state's central bank described, not named, the state's central bank and its president's", () => {
    const text =
      "Eduardo Lizano, president of Costa Rica's central bank and the country's chief debt negotiator, has tendered his resignation. He will leave the bank next month.";
    expect(entityOf(text, "central bank")).toBe("organization:central-bank-costa-rica");
    expect(entityOf(text, "the bank")).toBe("organization:central-bank-costa-rica");
    const leader = testExtractor()
      .extract({ text })
      .triples.filter((t) => t.predicate === "LEADER_OF")
      .map((t) => t.object.name);
    expect(leader).toEqual(["Central Bank (Costa Rica)"]);
  });

  it("makes 'a spokesman for the Central Bank' speak for the bank, and 'the spokesman' after him too", () => {
    const text =
      "Brazil today proposed a delay of short-term credit lines for 60 days, a spokesman for the Central Bank said. " +
      "The spokesman told reporters that the proposal would be sent by telex.";
    const triples = testExtractor().extract({ text }).triples;
    const speakers = (predicate: string): string[] =>
      triples.filter((t) => t.predicate === predicate).map((t) => t.subject.name);
    expect(speakers("STATED")).toEqual(["Central Bank (Brazil)", "Central Bank (Brazil)"]);
    expect(triples.find((t) => t.predicate === "PROPOSED")?.attribution).toBe("Central Bank (Brazil)");
    // The spokesman is still a person of his own for coreference, not the bank.
    expect(entityOf(text, "a spokesman")).not.toBe(entityOf(text, "Central Bank"));
  });

  it("takes 'the lower court' for another court than the appeals court named before", () => {
    const text = "The U.S. Court of Appeals upheld the ruling. The lower court had dismissed the complaint.";
    expect(entityOf(text, "The lower court")).not.toBe(entityOf(text, "U.S. Court of Appeals"));
  });
});
