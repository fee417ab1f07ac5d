import { delimiter, join } from "node:path";

export interface Neo4jLocalPaths {
  /** neo4j-local/: the Maven project with the Java launcher. */
  projectDir: string;
  pom: string;
  launcherSource: string;
  /** The compiled launcher (a jar, not target/classes: class archives accept only jars). */
  launcherJar: string;
  /** Class-data-sharing archive of the classes Neo4j loads at startup; optional, built once. */
  classArchive: string;
  targetDir: string;
  libDir: string;
  /** Hash of the pom the jars in libDir were resolved from. */
  jarsStamp: string;
  /** For `java -cp`; Java expands the `lib/*` wildcard itself. */
  classpath: string;
}

export function neo4jLocalPaths(home: string): Neo4jLocalPaths {
  const projectDir = join(home, "neo4j-local");
  const target = join(projectDir, "target");
  const libDir = join(target, "lib");
  return {
    projectDir,
    pom: join(projectDir, "pom.xml"),
    launcherSource: join(projectDir, "src", "main", "java", "newsgraph", "Launcher.java"),
    launcherJar: join(target, "neo4j-local.jar"),
    classArchive: join(target, "neo4j-local.jsa"),
    targetDir: target,
    libDir,
    jarsStamp: join(target, "newsgraph-pom.sha1"),
    classpath: [join(target, "neo4j-local.jar"), join(libDir, "*")].join(delimiter),
  };
}
