import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkJava } from "./check-java";
import { createClassArchive } from "./create-class-archive";
import { installHint, LocalNeo4jError } from "./local-neo4j-error";
import { neo4jLocalPaths, type Neo4jLocalPaths } from "./neo4j-local-paths";
import { runCommand, type CommandResult } from "./run-command";
import { withDirLock } from "./with-dir-lock";

export interface Neo4jTools {
  java?: string;
  mvn?: string;
}

/**
 * Makes sure neo4j-local/target holds the Neo4j jars and the compiled launcher, running Maven only when
 * they are missing or stale (then also building the class archive). This is the one step that may
 * download (from Maven Central, once).
 */
export async function ensureNeo4jJars(
  home: string,
  onLog?: (line: string) => void,
  tools: Neo4jTools = {},
): Promise<void> {
  await checkJava(tools.java);
  const paths = neo4jLocalPaths(home);
  if (!existsSync(paths.pom)) {
    throw new LocalNeo4jError(
      "maven_failed",
      `neo4j-local: ${paths.pom} is missing; is ${home} a newsgraph checkout?`,
    );
  }
  const before = await freshness(paths);
  if (before.jars && before.launcher) return;
  await mkdir(paths.targetDir, { recursive: true });
  await withDirLock(join(paths.targetDir, ".newsgraph-build.lock"), async () => {
    // Another process may have built while this one waited for the lock.
    const fresh = await freshness(paths);
    if (fresh.jars && fresh.launcher) return;
    // copy-dependencies never deletes: jars of an older Neo4j version would stay on the classpath.
    if (!fresh.jars) await rm(paths.libDir, { recursive: true, force: true });
    onLog?.(
      fresh.jars
        ? "newsgraph: compiling the Neo4j launcher with Maven…"
        : "newsgraph: resolving Neo4j jars with Maven (first run only)…",
    );
    const mvn = tools.mvn ?? "mvn";
    let result: CommandResult;
    try {
      result = await runCommand(mvn, ["-B", "-q", "package"], paths.projectDir);
    } catch (err) {
      throw new LocalNeo4jError(
        "maven_missing",
        `neo4j-local: \`${mvn}\` was not found; ${installHint}`,
        err,
      );
    }
    if (result.code !== 0) throw mavenError(`${result.stdout}\n${result.stderr}`, paths.projectDir);
    if (!(await hasBoltJar(paths.libDir)) || !existsSync(paths.launcherJar)) {
      throw new LocalNeo4jError(
        "maven_failed",
        `neo4j-local: \`mvn package\` in ${paths.projectDir} left no jars in target/lib`,
      );
    }
    await writeFile(paths.jarsStamp, `${fresh.pomHash}\n`);
    // A new launcher jar invalidates the old archive, so it is rebuilt after every Maven run.
    await createClassArchive(home, tools.java ?? "java", onLog);
  });
}

interface Freshness {
  pomHash: string;
  /** target/lib holds the jars of the current pom.xml. */
  jars: boolean;
  /** The compiled launcher is not older than its source. */
  launcher: boolean;
}

async function freshness(paths: Neo4jLocalPaths): Promise<Freshness> {
  const pomHash = createHash("sha1")
    .update(await readFile(paths.pom))
    .digest("hex");
  const jars = (await readOptional(paths.jarsStamp))?.trim() === pomHash && (await hasBoltJar(paths.libDir));
  return { pomHash, jars, launcher: await isNewer(paths.launcherJar, paths.launcherSource) };
}

function mavenError(output: string, projectDir: string): LocalNeo4jError {
  const tail = output
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(-8)
    .join("\n  ");
  let advice = `run \`mvn -B package\` in ${projectDir} to see the full output`;
  if (/No compiler is provided/i.test(output)) {
    advice = "Maven needs a JDK to compile the launcher: `apt-get install openjdk-17-jdk-headless`";
  } else if (/Could not (resolve|transfer)|Unknown host|Network is unreachable|offline/i.test(output)) {
    advice =
      "Maven must download the Neo4j jars from Maven Central once: run it once with network access " +
      "(or copy ~/.m2 from a machine that has them), or set NEO4J_URI to use a Neo4j you run yourself";
  }
  return new LocalNeo4jError("maven_failed", `neo4j-local: Maven failed; ${advice}\n  ${tail}`);
}

async function hasBoltJar(libDir: string): Promise<boolean> {
  try {
    return (await readdir(libDir)).some((name) => /^neo4j-bolt-\d.*\.jar$/.test(name));
  } catch {
    return false;
  }
}

async function isNewer(file: string, than: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([stat(file), stat(than)]);
    return a.mtimeMs >= b.mtimeMs;
  } catch {
    // Missing compiled class: stale. Missing source (a packaged install): the class is all there is.
    return existsSync(file);
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}
