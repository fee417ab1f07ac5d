package newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community in embedded mode with the Bolt connector, for newsgraph's local database
 * (store/local-neo4j/ starts it). Contract with the TypeScript side:
 *
 * <ul>
 *   <li>stdout carries exactly one line, {@code NEO4J_READY bolt://HOST:PORT}, once the default database
 *       answers and Bolt accepts connections; everything else goes to stderr or to DATA_DIR/logs/.
 *   <li>DATA_DIR/neo4j-local.json ({pid, uri, startedAt}) exists while this process serves the store.
 *   <li>SIGTERM (or stdin closing, with --exit-on-stdin-close) shuts the store down cleanly.
 *   <li>--warm-up-and-exit runs a few statements and exits, for building the class archive.
 *   <li>Exit codes: 2 bad arguments, 3 port taken, 4 store locked by another process, 5 failed start.
 * </ul>
 */
public final class Launcher {
  public static final String STATUS_FILE = "neo4j-local.json";
  private static final long AVAILABLE_TIMEOUT_MS = 110_000;

  private Launcher() {}

  public static void main(String[] args) {
    // Neo4j's own libraries may print to stdout; keep that channel for the ready line only.
    PrintStream protocol = System.out;
    System.setOut(System.err);

    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      fail(2, e.getMessage() + "\nusage: Launcher --data-dir DIR --port PORT [--host 127.0.0.1]"
          + " [--page-cache 512m] [--exit-on-stdin-close]");
      return;
    }

    if (!portIsFree(options.host, options.port)) {
      fail(3, "port " + options.port + " on " + options.host + " is already in use; choose another with --port"
          + " (or NEWSGRAPH_NEO4J_PORT), or stop whatever listens there");
    }

    if (storeIsLocked(options.dataDir)) failLocked(options.dataDir);

    DatabaseManagementService service;
    try {
      service = build(options);
    } catch (RuntimeException e) {
      String chain = causeChain(e);
      if (chain.contains("FileLockException") || chain.contains("locked by another process")) {
        failLocked(options.dataDir);
      }
      if (chain.contains("BindException") || chain.contains("Address already in use")) {
        fail(3, "port " + options.port + " is already in use; choose another with --port");
      }
      e.printStackTrace();
      fail(5, "Neo4j failed to start: " + chain + " (details in " + options.dataDir.resolve("logs") + ")");
      return;
    }

    Path statusFile = options.dataDir.resolve(STATUS_FILE);
    long pid = ProcessHandle.current().pid();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        service.shutdown();
      } finally {
        deleteOwnStatusFile(statusFile, pid);
        stopped.countDown();
      }
    }, "newsgraph-neo4j-shutdown"));

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(AVAILABLE_TIMEOUT_MS)) {
      failAfterStart(5, "the default database did not become available within " + AVAILABLE_TIMEOUT_MS / 1000 + " s (details in "
          + options.dataDir.resolve("logs/debug.log") + ")");
    }
    if (!waitForBolt(options.host, options.port, 10_000)) {
      failAfterStart(5, "Bolt is not accepting connections on " + options.host + ":" + options.port);
    }

    String uri = "bolt://" + SocketAddress.format(options.host, options.port);
    try {
      writeStatusFile(statusFile, pid, uri);
    } catch (IOException e) {
      failAfterStart(5, "cannot write " + statusFile + ": " + e.getMessage());
    }
    protocol.println("NEO4J_READY " + uri);
    protocol.flush();

    if (options.warmUp) {
      warmUp(db);
      // Exiting normally is what makes the JVM write the class archive (-XX:ArchiveClassesAtExit).
      System.exit(0);
    }
    if (options.exitOnStdinClose) watchStdin();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static DatabaseManagementService build(Options options) {
    long maxHeap = Runtime.getRuntime().maxMemory();
    return new DatabaseManagementServiceBuilder(options.dataDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(options.host, options.port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(options.host, options.port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        // No authentication: Bolt listens on loopback only (the default host), so only local processes
        // reach it. The driver's basic-auth token is still accepted and simply not checked.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        // Local and offline: no usage reports phoned home.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Sized for a shared 2-core machine: a modest page cache, and transaction memory bounded well
        // below the heap so one runaway query fails on its own instead of taking the JVM down.
        .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, maxHeap / 2)
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, maxHeap / 4)
        // Small, non-preallocated transaction logs keep a fresh store (and each test's temp store) small.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "128M size")
        // Netty's default 5 s quiet period, paid twice, made every clean stop take over 10 s.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        // db.transaction.timeout stays unset on purpose: newsgraph sets a timeout per transaction.
        .build();
  }

  /** Fails fast with a clear message; Neo4j's own bind error surfaces late and buried in a stack trace. */
  private static boolean portIsFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Runs the kinds of statements newsgraph sends, so the classes of the Cypher pipeline are loaded and
   * land in the class archive too; the store is a throwaway one.
   */
  private static void warmUp(GraphDatabaseService db) {
    db.executeTransactionally("CREATE CONSTRAINT warm_id IF NOT EXISTS FOR (n:Warm) REQUIRE n.id IS UNIQUE");
    db.executeTransactionally("CREATE INDEX warm_name IF NOT EXISTS FOR (n:Warm) ON (n.name)");
    db.executeTransactionally(
        "UNWIND range(1, 200) AS i MERGE (a:Warm {id: i}) SET a.name = 'n' + i "
            + "WITH a, i MERGE (b:Warm {id: (i % 50) + 1}) MERGE (a)-[r:LINKS {k: i % 7}]->(b) RETURN count(r)");
    db.executeTransactionally(
        "MATCH (a:Warm)-[r:LINKS]->(b:Warm) WHERE a.name STARTS WITH $p "
            + "RETURN a.id AS id, collect(b.name)[..5] AS names, count(r) AS c ORDER BY c DESC LIMIT 10",
        java.util.Map.of("p", "n1"));
    db.executeTransactionally("MATCH (n:Warm) DETACH DELETE n");
  }

  /**
   * Neo4j finds a foreign lock too, but only after loading the whole DBMS (about 20 s on two cores);
   * the same OS-level lock taken and released here answers in milliseconds.
   */
  private static boolean storeIsLocked(Path dataDir) {
    Path lockFile = dataDir.resolve("data/databases/store_lock");
    if (!Files.exists(lockFile)) return false;
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) return true;
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      // Unreadable lock file: let Neo4j report the real problem.
      return false;
    }
  }

  private static void failLocked(Path dataDir) {
    fail(4, "the store in " + dataDir + " is locked by another process (another newsgraph Neo4j or a Neo4j server"
        + " using the same folder); stop it (`npx newsgraph db stop --data-dir " + dataDir + "`) or use another"
        + " --data-dir");
  }

  private static boolean waitForBolt(String host, int port, long timeoutMs) {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 1000);
        return true;
      } catch (IOException e) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }

  /** A parent that dies without stopping its child closes our stdin: shut down instead of lingering. */
  private static void watchStdin() {
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
          // Input is ignored; only its end matters.
        }
      } catch (IOException ignored) {
        // A broken pipe means the same as end of input.
      }
      System.exit(0);
    }, "newsgraph-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void writeStatusFile(Path statusFile, long pid, String uri) throws IOException {
    String json = "{\"pid\":" + pid + ",\"uri\":\"" + uri + "\",\"startedAt\":\"" + Instant.now() + "\"}\n";
    Path tmp = statusFile.resolveSibling(STATUS_FILE + "." + pid + ".tmp");
    Files.writeString(tmp, json, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, statusFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, statusFile, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Another launcher may have taken over the folder since; only remove the file if it is still ours. */
  private static void deleteOwnStatusFile(Path statusFile, long pid) {
    try {
      String content = Files.readString(statusFile, StandardCharsets.UTF_8);
      if (content.contains("\"pid\":" + pid + ",")) Files.deleteIfExists(statusFile);
    } catch (IOException ignored) {
      // Already gone, or unreadable: nothing left to clean.
    }
  }

  private static String causeChain(Throwable e) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (chain.length() > 0) chain.append(" <- ");
      chain.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
      if (t.getCause() == t) break;
    }
    return chain.toString();
  }

  private static void fail(int code, String message) {
    System.err.println("neo4j-local: " + message);
    System.err.flush();
    // halt, not exit: a half-started DBMS must not run shutdown hooks that would touch the status file.
    Runtime.getRuntime().halt(code);
  }

  /** Exits through the shutdown hook, so the store that did open is closed cleanly. */
  private static void failAfterStart(int code, String message) {
    System.err.println("neo4j-local: " + message);
    System.err.flush();
    System.exit(code);
  }

  private static final class Options {
    Path dataDir;
    String host = "127.0.0.1";
    int port = -1;
    long pageCacheBytes = 512L * 1024 * 1024;
    boolean exitOnStdinClose;
    boolean warmUp;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--data-dir" -> o.dataDir = Paths.get(value(args, ++i, arg)).toAbsolutePath().normalize();
          case "--host" -> o.host = value(args, ++i, arg);
          case "--port" -> o.port = parsePort(value(args, ++i, arg));
          case "--page-cache" -> o.pageCacheBytes = parseBytes(value(args, ++i, arg));
          case "--exit-on-stdin-close" -> o.exitOnStdinClose = true;
          case "--warm-up-and-exit" -> o.warmUp = true;
          default -> throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      if (o.dataDir == null) throw new IllegalArgumentException("--data-dir is required");
      if (o.port < 0) throw new IllegalArgumentException("--port is required");
      try {
        Files.createDirectories(o.dataDir);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot create " + o.dataDir + ": " + e.getMessage());
      }
      return o;
    }

    private static String value(String[] args, int i, String flag) {
      if (i >= args.length) throw new IllegalArgumentException(flag + " needs a value");
      return args[i];
    }

    private static int parsePort(String s) {
      try {
        int port = Integer.parseInt(s);
        if (port >= 1 && port <= 65535) return port;
      } catch (NumberFormatException ignored) {
        // Reported below with the offending value.
      }
      throw new IllegalArgumentException("--port must be 1-65535, got " + s);
    }

    /** "512m", "1g", "65536k" or plain bytes. */
    private static long parseBytes(String s) {
      String v = s.trim().toLowerCase();
      long unit = 1;
      char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
      if (last == 'k' || last == 'm' || last == 'g') {
        unit = last == 'k' ? 1024L : last == 'm' ? 1024L * 1024 : 1024L * 1024 * 1024;
        v = v.substring(0, v.length() - 1);
      }
      try {
        return Long.parseLong(v) * unit;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--page-cache must look like 512m or 1g, got " + s);
      }
    }
  }
}
