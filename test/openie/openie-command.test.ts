import { runCli } from "../support/run-cli";

describe("newsgraph openie", () => {
  it("reads sentences from stdin and prints sentence, confidence, relation and arguments", async () => {
    const sentence = "The bank did not raise its rates .";
    const { code, stdout } = await runCli(["openie", "-"], { stdin: `${sentence}\n` });
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => l.split("\t"));
    expect(rows).toContainEqual([sentence, expect.any(String), "did not raise", "The bank", "its rates"]);
  }, 60_000);

  it("fails with a one-line reason on a missing file", async () => {
    const { code, stderr, stdout } = await runCli(["openie", "no-such-file.txt"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe("newsgraph openie: no-such-file.txt not found");
  }, 60_000);
});
