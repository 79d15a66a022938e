package dev.actornet.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Local development/test launcher: runs an embedded Neo4j Community DBMS with the Bolt
 * connector on 127.0.0.1 and real authentication (password set from the environment).
 *
 * <p>Not for production: production uses the official Neo4j image, a cluster or Aura.
 *
 * <p>stdout carries exactly one line, {@code NEO4J READY bolt://host:port}, once Bolt accepts
 * connections with the configured credentials; Neo4j's own user log goes to stderr and its
 * debug log to {@code <data dir>/logs/debug.log}.
 */
public final class Launcher {
    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
        int boltPort = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        Path dataDir = Path.of(env("NEO4J_DATA_DIR", "data")).toAbsolutePath().normalize();
        String user = env("NEO4J_USER", "neo4j");
        String password = env("NEO4J_PASSWORD", "devpassword");
        long pageCache = parseBytes(env("NEO4J_PAGECACHE", "256m"));
        boolean authEnabled = !"false".equalsIgnoreCase(env("NEO4J_AUTH_ENABLED", "true"));

        // Signal handlers first: a SIGTERM/SIGINT that arrives while the DBMS is still starting is
        // honoured as soon as startup completes (clean shutdown, exit 0) instead of killing the JVM
        // mid-initialisation. The handler only releases the main thread, which shuts the DBMS down
        // and exits with 0. The shutdown hook covers every other way the JVM can go down (SIGHUP,
        // System.exit elsewhere). A signal that the parent left ignored (e.g. SIGINT for a
        // background job of a non-interactive shell) stays ignored, as with any daemon.
        CountDownLatch stopRequested = new CountDownLatch(1);
        for (String sig : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(sig), s -> stopRequested.countDown());
            } catch (IllegalArgumentException e) {
                log("cannot handle SIG" + sig + " (" + e.getMessage() + "); relying on the shutdown hook");
            }
        }
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        Runnable shutdown = () -> {
            DatabaseManagementService dbms = running.getAndSet(null);
            if (dbms != null) {
                log("shutting down");
                dbms.shutdown();
                log("stopped");
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-shutdown"));

        long t0 = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            log("starting Neo4j Community " + neo4jVersion() + " in " + dataDir);
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setUserLogProvider(new Log4jLogProvider(ERR, Level.INFO))
                    .setConfig(GraphDatabaseSettings.data_directory, dataDir)
                    .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
                    .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Internal setting: Netty's 5 s "quiet period" (applied twice) makes every stop
                    // take ~10 s; a dev/test instance has nothing to drain.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .build();
            running.set(dbms);

            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            if (authEnabled) {
                ensureUser(system, user, password);
            }
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
            waitForTcp(host, boltPort, Duration.ofSeconds(60));
        } catch (Throwable e) {
            ERR.println("[neo4j-launcher] startup failed: " + e);
            e.printStackTrace(ERR);
            try {
                shutdown.run();
            } finally {
                System.exit(1);
            }
        }

        if (stopRequested.getCount() > 0) {
            log(String.format("ready after %d ms (auth %s, user '%s')",
                    (System.nanoTime() - t0) / 1_000_000, authEnabled ? "enabled" : "DISABLED", user));
            OUT.println("NEO4J READY bolt://" + host + ":" + boltPort);
            OUT.flush();
        }

        stopRequested.await();
        shutdown.run();
        System.exit(0);
    }

    /**
     * Makes {@code user} exist with {@code password} and no forced password change. Runs on
     * every start (idempotent), so changing NEO4J_PASSWORD and restarting updates it.
     */
    private static void ensureUser(GraphDatabaseService system, String user, String password) {
        Map<String, Object> params = Map.of("user", user, "password", password);
        system.executeTransactionally(
                "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally(
                    "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
            log("password set for user '" + user + "'");
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one already set; that is the normal
            // case on every start after the first. Make sure no change is still pending.
            if (!String.valueOf(messages(e)).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", Map.of("user", user));
        }
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static void waitForTcp(String host, int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("Bolt port " + host + ":" + port + " does not accept connections", e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static long parseBytes(String v) {
        String s = v.trim().toLowerCase();
        long mul = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            mul = last == 'k' ? ByteUnit.kibiBytes(1) : last == 'm' ? ByteUnit.mebiBytes(1) : ByteUnit.gibiBytes(1);
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * mul;
    }

    private static String neo4jVersion() {
        String v = DatabaseManagementService.class.getPackage().getImplementationVersion();
        return v != null ? v : "5.26";
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v.trim();
    }

    private static void log(String msg) {
        ERR.println("[neo4j-launcher] " + msg);
        ERR.flush();
    }
}
