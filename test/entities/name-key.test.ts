import { nameKey, surnameKey } from "../../ingest/entities/name-key";

describe("nameKey", () => {
  it("folds transliteration variants of one name together", () => {
    const keys = ["Zelenskiy", "Zelensky", "Zelenskyy", "Zelenskyi", "Zelenski"].map(nameKey);
    expect(new Set(keys).size).toBe(1);
    expect(nameKey("Bashar al-Assad")).toBe(nameKey("Bashar al Assad"));
    expect(nameKey("Angela Müller")).toBe(nameKey("Angela Muller"));
  });

  it("keeps different names apart", () => {
    expect(nameKey("Donald Trump")).not.toBe(nameKey("Donald Tusk"));
    expect(nameKey("Vladimir Putin")).not.toBe(nameKey("Vladimir Medinsky"));
    expect(nameKey("Bush")).not.toBe(nameKey("Bash"));
  });

  it("takes the last word as the surname key", () => {
    expect(surnameKey("Volodymyr Zelenskiy")).toBe(nameKey("Zelensky"));
  });
});
