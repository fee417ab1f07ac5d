import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort } from "../../store/find-free-port";
import { ensureNeo4jJars, LocalNeo4jError, localNeo4jStatus, startLocalNeo4j } from "../../store/local-neo4j";
import { checkJava, parseJavaMajor } from "../../store/local-neo4j/check-java";
import { launcherArgs } from "../../store/local-neo4j/launcher-args";
import { lastLines } from "../../store/local-neo4j/read-log-tail";
import { readStatusFile, statusFilePath } from "../../store/local-neo4j/read-status-file";
import { packageRoot } from "../../store/package-root";

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "newsgraph-local-neo4j-unit-"));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("parseJavaMajor", () => {
  test.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
  ])("%s → %d", (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  test("undefined when there is no version", () => {
    expect(parseJavaMajor("bash: java: command not found")).toBeUndefined();
  });
});

describe("checkJava", () => {
  test("a missing java says what to install and which variable to set", async () => {
    const attempt = checkJava(join(scratch, "no-such-java"));
    await expect(attempt).rejects.toMatchObject({ reason: "java_missing" });
    await expect(attempt).rejects.toThrow("apt-get install openjdk-17-jre-headless maven");
    await expect(attempt).rejects.toThrow("NEO4J_URI");
  });

  test("Java 11 is refused as too old", async () => {
    const fake = await fakeProgram("java11", `echo 'openjdk version "11.0.2" 2019-01-15' >&2`);
    const attempt = checkJava(fake);
    await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
    await expect(attempt).rejects.toMatchObject({ reason: "java_too_old" });
    await expect(attempt).rejects.toThrow("Java 11 found");
  });

  test("Java 17 is accepted", async () => {
    const fake = await fakeProgram("java17", `echo 'openjdk version "17.0.15" 2025-04-15' >&2`);
    await expect(checkJava(fake)).resolves.toBe(17);
  });
});

describe("ensureNeo4jJars", () => {
  test("without Maven and without jars, the error says what to install", async () => {
    const home = join(scratch, "checkout");
    await mkdir(join(home, "neo4j-local"), { recursive: true });
    await copyFile(join(packageRoot(), "neo4j-local", "pom.xml"), join(home, "neo4j-local", "pom.xml"));
    const java = await fakeProgram("java17b", `echo 'openjdk version "17.0.15"' >&2`);
    const logs: string[] = [];
    const attempt = ensureNeo4jJars(home, (line) => logs.push(line), {
      java,
      mvn: join(scratch, "no-such-mvn"),
    });
    await expect(attempt).rejects.toMatchObject({ reason: "maven_missing" });
    await expect(attempt).rejects.toThrow("apt-get install openjdk-17-jre-headless maven");
    expect(logs).toEqual(["newsgraph: resolving Neo4j jars with Maven (first run only)…"]);
  });

  test("a failing Maven run reports its last lines", async () => {
    const home = join(scratch, "checkout");
    const java = await fakeProgram("java17c", `echo 'openjdk version "17.0.15"' >&2`);
    const mvn = await fakeProgram(
      "mvn-offline",
      `echo "[ERROR] Could not resolve dependencies for project"; exit 1`,
    );
    const attempt = ensureNeo4jJars(home, undefined, { java, mvn });
    await expect(attempt).rejects.toMatchObject({ reason: "maven_failed" });
    await expect(attempt).rejects.toThrow("Could not resolve dependencies");
    await expect(attempt).rejects.toThrow("Maven Central once");
  });

  test("two concurrent callers run Maven once, and a fresh build is not repeated", async () => {
    const home = join(scratch, "concurrent");
    await mkdir(join(home, "neo4j-local", "src", "main", "java", "newsgraph"), { recursive: true });
    await copyFile(join(packageRoot(), "neo4j-local", "pom.xml"), join(home, "neo4j-local", "pom.xml"));
    await writeFile(
      join(home, "neo4j-local", "src", "main", "java", "newsgraph", "Launcher.java"),
      "class Launcher {}",
    );
    const java = await fakeProgram("java17d", `echo 'openjdk version "17.0.15"' >&2`);
    const runs = join(scratch, "mvn-runs");
    const mvn = await fakeProgram(
      "mvn-ok",
      [
        `echo run >> '${runs}'`,
        "sleep 1",
        "mkdir -p target/lib",
        "touch target/lib/neo4j-bolt-5.26.12.jar target/neo4j-local.jar",
      ].join("\n"),
    );
    const tools = { java, mvn };
    await Promise.all([ensureNeo4jJars(home, undefined, tools), ensureNeo4jJars(home, undefined, tools)]);
    await ensureNeo4jJars(home, undefined, tools);
    expect((await readFile(runs, "utf8")).trim().split("\n")).toEqual(["run"]);
  });
});

describe("startLocalNeo4j failures", () => {
  /** A checkout whose jars look freshly built, so no Maven runs; only `java` is faked. */
  async function builtCheckout(name: string): Promise<string> {
    const home = join(scratch, name);
    const project = join(home, "neo4j-local");
    await mkdir(join(project, "target", "lib"), { recursive: true });
    await copyFile(join(packageRoot(), "neo4j-local", "pom.xml"), join(project, "pom.xml"));
    const pomHash = createHash("sha1")
      .update(await readFile(join(project, "pom.xml")))
      .digest("hex");
    await writeFile(join(project, "target", "newsgraph-pom.sha1"), `${pomHash}\n`);
    await writeFile(join(project, "target", "lib", "neo4j-bolt-5.26.12.jar"), "");
    await writeFile(join(project, "target", "neo4j-local.jar"), "");
    return home;
  }

  test("a launcher that dies during startup puts its own reason on the first line", async () => {
    const home = await builtCheckout("dies");
    const java = await fakeProgram(
      "java-dies",
      [
        `if [ "$1" = "-version" ]; then echo 'openjdk version "17.0.15"' >&2; exit 0; fi`,
        "echo 'some stack trace line' >&2",
        "echo 'neo4j-local: the default database did not become available within 110 s' >&2",
        "exit 5",
      ].join("\n"),
    );
    const dataDir = join(scratch, "dies-data");
    const attempt = startLocalNeo4j({ home, dataDir, boltPort: 1, tools: { java } });
    await expect(attempt).rejects.toMatchObject({ reason: "start_failed" });
    const message = await attempt.then(
      () => "",
      (err: Error) => err.message,
    );
    expect(message.split("\n")[0]).toContain("exit code 5): the default database did not become available");
    expect(message).toContain("some stack trace line");
    expect(message).toContain(join(dataDir, "logs", "debug.log"));
  });

  test("a data folder that cannot be created is reported as such", async () => {
    const home = await builtCheckout("bad-dir");
    const java = await fakeProgram("java17e", `echo 'openjdk version "17.0.15"' >&2`);
    const file = join(scratch, "a-file");
    await writeFile(file, "");
    const attempt = startLocalNeo4j({ home, dataDir: join(file, "store"), boltPort: 1, tools: { java } });
    await expect(attempt).rejects.toMatchObject({ reason: "start_failed" });
    await expect(attempt).rejects.toThrow("cannot create the data folder");
  });
});

describe("localNeo4jStatus", () => {
  test("no status file: stopped", async () => {
    expect(await localNeo4jStatus(join(scratch, "never-started"))).toEqual({ running: false });
  });

  test("a status file whose process is gone is removed", async () => {
    const dataDir = join(scratch, "stale");
    await mkdir(dataDir, { recursive: true });
    const gone = spawnSync(process.execPath, ["-e", "process.pid"]).pid;
    const status = { pid: gone, uri: "bolt://127.0.0.1:1", startedAt: "2026-01-01T00:00:00Z" };
    await writeFile(statusFilePath(dataDir), JSON.stringify(status));
    expect(await readStatusFile(dataDir)).toEqual(status);
    expect(await localNeo4jStatus(dataDir)).toEqual({ running: false });
    expect(existsSync(statusFilePath(dataDir))).toBe(false);
  });

  // Only /proc tells a launcher from another process that got its pid.
  const withProc = existsSync("/proc/self/cmdline") ? test : test.skip;
  withProc("a live process that is not the launcher does not count (pid reuse)", async () => {
    const dataDir = join(scratch, "foreign-pid");
    await mkdir(dataDir, { recursive: true });
    const status = { pid: process.pid, uri: "bolt://127.0.0.1:1", startedAt: "2026-01-01T00:00:00Z" };
    await writeFile(statusFilePath(dataDir), JSON.stringify(status));
    expect(await localNeo4jStatus(dataDir)).toEqual({ running: false });
  });

  test("a malformed status file reads as none", async () => {
    const dataDir = join(scratch, "malformed");
    await mkdir(dataDir, { recursive: true });
    await writeFile(statusFilePath(dataDir), '{"pid":"x"}');
    expect(await readStatusFile(dataDir)).toBeUndefined();
  });
});

describe("launcherArgs", () => {
  test("sets heap and page cache, and ties the JVM to its parent only when asked", () => {
    const base = { home: "/repo", dataDir: "/data", boltPort: 7999, heapMb: 768, pageCacheMb: 256 };
    const child = launcherArgs({ ...base, exitOnStdinClose: true });
    expect(child).toContain("-Xmx768m");
    expect(child.slice(child.indexOf("newsgraph.Launcher"))).toEqual([
      "newsgraph.Launcher",
      "--data-dir",
      "/data",
      "--port",
      "7999",
      "--page-cache",
      "256m",
      "--exit-on-stdin-close",
    ]);
    expect(child[child.indexOf("-cp") + 1]).toBe(
      "/repo/neo4j-local/target/neo4j-local.jar:/repo/neo4j-local/target/lib/*",
    );
    expect(child.some((arg) => arg.startsWith("-XX:SharedArchiveFile"))).toBe(false);
    const archived = launcherArgs({ ...base, exitOnStdinClose: false, useClassArchive: "/repo/a.jsa" });
    expect(archived).toContain("-XX:SharedArchiveFile=/repo/a.jsa");
    expect(launcherArgs({ ...base, exitOnStdinClose: false })).not.toContain("--exit-on-stdin-close");
  });
});

describe("small helpers", () => {
  test("findFreePort returns a port one can listen on", async () => {
    const port = await findFreePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", resolve);
    });
    await new Promise((resolve) => server.close(resolve));
    expect(port).toBeGreaterThan(0);
  });

  test("packageRoot finds the folder with package.json and neo4j-local/", () => {
    expect(existsSync(join(packageRoot(), "neo4j-local", "pom.xml"))).toBe(true);
  });

  test("lastLines keeps the last non-empty lines", () => {
    expect(lastLines("a\n\nb\nc\n", 2)).toEqual(["b", "c"]);
  });
});

async function fakeProgram(name: string, body: string): Promise<string> {
  const file = join(scratch, name);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}
