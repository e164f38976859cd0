package renmian;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

/**
 * Neo4j embedded with the Bolt connector: the same engine as the server, spoken to over Bolt by the
 * official drivers. For tests and local use, not production: authentication is off and it listens on
 * 127.0.0.1 only.
 *
 * <p>Arguments: {@code --port N} (0, the default, takes a free port), {@code --data DIR} (default
 * {@code .renmian/neo4j}), {@code --host H} (default 127.0.0.1), {@code --page-cache SIZE} (default
 * 256m). When the default database is available it prints the Bolt URI as one line on stdout
 * ({@code bolt://127.0.0.1:PORT}); everything else goes to stderr. SIGTERM (or Ctrl-C) shuts the
 * database down cleanly before the process exits.
 */
public final class Neo4jTestServer {
    private Neo4jTestServer() {}

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 0;
        Path data = Path.of(".renmian", "neo4j");
        String pageCache = "256m";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            if (v == null && !a.equals("--help")) {
                usage("missing value after " + a);
            }
            switch (a) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--host" -> host = args[++i];
                case "--page-cache" -> pageCache = args[++i];
                case "--help" -> usage(null);
                default -> usage("unknown argument " + a);
            }
        }
        long t0 = System.nanoTime();
        Files.createDirectories(data);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty's graceful stop waits out a quiet period twice (about 10 s): nothing is in
                // flight when a test server stops, so stop at once.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j-test-server: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-test-server-shutdown"));

        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            System.err.println("neo4j-test-server: the default database did not become available");
            System.exit(1);
        }
        HostnamePort bolt = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.err.printf("neo4j-test-server: Neo4j %s ready in %d ms, data in %s%n",
                Version.getNeo4jVersion(), ms, data.toAbsolutePath());
        System.out.println("bolt://" + host + ":" + bolt.getPort());
        System.out.flush();
        stopped.await();
    }

    private static long parseBytes(String s) {
        String t = s.trim().toLowerCase();
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        return Long.parseLong(t) * unit;
    }

    private static void usage(String error) {
        if (error != null) {
            System.err.println("neo4j-test-server: " + error);
        }
        System.err.println("usage: Neo4jTestServer [--port N] [--data DIR] [--host H] [--page-cache SIZE]");
        System.exit(error == null ? 0 : 2);
    }
}
