import { join } from "node:path";
import { nerCommand, nerInputProblem } from "../../cli/commands/ner-command";

const fixtures = join(__dirname, "..", "fixtures", "ner");

describe("newsgraph ner", () => {
  it("reports missing, empty and binary inputs", () => {
    expect(nerInputProblem(join(fixtures, "nope.conll"))).toMatch(/not found/);
    expect(nerInputProblem(join(fixtures, "empty.conll"))).toMatch(/empty/);
    expect(nerInputProblem(join(fixtures, "binary.conll"))).toMatch(/binary/);
    expect(nerInputProblem(join(fixtures, "tiny.conll"))).toBeUndefined();
  });

  it("prints every input line with a predicted tag column, blank and -DOCSTART- lines unchanged", async () => {
    const chunks: string[] = [];
    const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    try {
      await nerCommand().parseAsync(["node", "ner", join(fixtures, "tiny.conll")]);
    } finally {
      spy.mockRestore();
    }
    expect(chunks.join("").split("\n")).toEqual([
      "-DOCSTART- -X- O O",
      "",
      "Angela NNP I-NP I-PER B-PER",
      "Merkel NNP I-NP I-PER I-PER",
      "visited VBD I-VP O O",
      "Paris NNP I-NP I-LOC B-LOC",
      ". . O O O",
      "",
      "",
    ]);
  });

  it("writes one line to stderr and fails on a bad input", async () => {
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    const before = process.exitCode;
    try {
      await nerCommand().parseAsync(["node", "ner", join(fixtures, "empty.conll")]);
      expect(process.exitCode).toBe(1);
    } finally {
      spy.mockRestore();
      process.exitCode = before;
    }
    expect(errors).toEqual([expect.stringMatching(/^newsgraph ner: .*empty\n$/)]);
  });
});
