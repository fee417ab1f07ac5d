import { delimiter, join } from "node:path";

export interface Neo4jLocalPaths {
  /** neo4j-local/: the Maven project with the Java launcher. */
  projectDir: string;
  pom: string;
  launcherSource: string;
  launcherClass: string;
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
  const classesDir = join(target, "classes");
  const libDir = join(target, "lib");
  return {
    projectDir,
    pom: join(projectDir, "pom.xml"),
    launcherSource: join(projectDir, "src", "main", "java", "newsgraph", "Launcher.java"),
    launcherClass: join(classesDir, "newsgraph", "Launcher.class"),
    targetDir: target,
    libDir,
    jarsStamp: join(target, "newsgraph-pom.sha1"),
    classpath: [classesDir, join(libDir, "*")].join(delimiter),
  };
}
