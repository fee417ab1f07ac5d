/**
 * Extraction workers when the user does not say: one core is left to the main thread (reading,
 * batching, the Neo4j driver) and to a local Neo4j writing the batches; beyond 4 workers each copy of
 * the models costs memory for little gain, since writing becomes the bottleneck. On one or two cores
 * this is 1: extraction stays in the main thread, as a second worker would only compete with the writer.
 */
export function defaultWorkerCount(cores: number): number {
  return Math.max(1, Math.min(4, cores - 1));
}
