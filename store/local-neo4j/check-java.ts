import { installHint, LocalNeo4jError } from "./local-neo4j-error";
import { runCommand } from "./run-command";

/** Neo4j 5.26 LTS runs on Java 17 (and 21); 2025.x would need 21. */
export const minimumJavaMajor = 17;

/** Proves `java` runs and is new enough; returns its major version. */
export async function checkJava(javaBin = "java"): Promise<number> {
  let output: string;
  try {
    const result = await runCommand(javaBin, ["-version"]);
    output = `${result.stderr}\n${result.stdout}`;
  } catch (err) {
    throw new LocalNeo4jError(
      "java_missing",
      `neo4j-local: \`${javaBin}\` was not found; ${installHint}`,
      err,
    );
  }
  const major = parseJavaMajor(output);
  if (major === undefined) {
    throw new LocalNeo4jError(
      "java_missing",
      `neo4j-local: cannot read the Java version from \`${javaBin} -version\` (${output.trim().split("\n")[0]}); ${installHint}`,
    );
  }
  if (major < minimumJavaMajor) {
    throw new LocalNeo4jError(
      "java_too_old",
      `neo4j-local: Java ${major} found, Neo4j 5.26 needs Java ${minimumJavaMajor} or newer; ${installHint}`,
    );
  }
  return major;
}

/** `version "17.0.15"` → 17, `version "1.8.0_392"` → 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}
