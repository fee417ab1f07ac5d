import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now, chosen by the OS. Another process may take
 * it before the caller binds it; the local Neo4j then fails with a clear "port in use" error.
 */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : undefined;
      server.close(() =>
        port ? resolve(port) : reject(new Error(`find-free-port: no port assigned on ${host}`)),
      );
    });
  });
}
