import { withoutLegalForm } from "../../ingest/entities/without-legal-form";

describe("withoutLegalForm", () => {
  it("drops a company's legal form, however many and however written", () => {
    expect(withoutLegalForm("Taft Broadcasting Co")).toBe("Taft Broadcasting");
    expect(withoutLegalForm("Sandoz AG")).toBe("Sandoz");
    expect(withoutLegalForm("Morgan Grenfell and Co Ltd")).toBe("Morgan Grenfell and Co");
    expect(withoutLegalForm("Acme, Inc.")).toBe("Acme");
  });

  it("keeps names without one, and names too short to tell apart without it", () => {
    expect(withoutLegalForm("Taft Broadcasting")).toBe("Taft Broadcasting");
    expect(withoutLegalForm("Saatchi Group")).toBe("Saatchi Group");
    expect(withoutLegalForm("GE Co")).toBe("GE Co");
  });
});
