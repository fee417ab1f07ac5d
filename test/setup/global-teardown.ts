export default async function globalTeardown(): Promise<void> {
  await globalThis.__newsgraphTestNeo4j?.stop();
}
