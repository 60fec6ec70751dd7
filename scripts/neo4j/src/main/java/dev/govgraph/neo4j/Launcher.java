package dev.govgraph.neo4j;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs an embedded Neo4j 5.26 (Community) with only the Bolt connector, bound to 127.0.0.1, auth disabled.
 *
 * <ul>
 *   <li>Without {@code --data}: throw-away database via the test harness
 *       ({@code Neo4jBuilders.newInProcessBuilder().withDisabledServer()}); its temp directory is deleted on exit.</li>
 *   <li>With {@code --data DIR}: persistent database via {@code DatabaseManagementServiceBuilder(DIR)}
 *       (the harness always works in a fresh random directory that it deletes on close, so it cannot persist).</li>
 * </ul>
 *
 * Stdout carries exactly one line, {@code NEO4J_READY bolt://127.0.0.1:PORT}; everything else goes to stderr or
 * to Neo4j's log files.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    /** Bolt waits 5 s + 5 s by default for connections/threads on shutdown; a dev/test server need not. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(1);

    private static final String USAGE = String.join("\n",
            "Usage: java -cp 'target/launcher.jar:target/lib/*' dev.govgraph.neo4j.Launcher [options]",
            "",
            "Runs Neo4j 5.26 (Community, embedded) with Bolt only on 127.0.0.1, auth disabled, no HTTP.",
            "",
            "Options:",
            "  --port N          Bolt port on 127.0.0.1 (default 7687; 0 = pick a free port)",
            "  --data DIR        persistent database in DIR (data in DIR/data, logs in DIR/logs);",
            "                    without it the database is temporary and deleted on exit",
            "  --logs DIR        directory for Neo4j's debug.log (default: DIR/logs with --data,",
            "                    otherwise the temporary working directory, deleted on exit)",
            "  --page-cache SIZE page cache size, e.g. 256m, 1g (default 256m)",
            "  --detached        do not watch stdin (otherwise EOF on stdin shuts Neo4j down;",
            "                    stdin that is /dev/null or closed is never watched)",
            "  --verbose         print stack traces on errors",
            "  --help            print this help",
            "",
            "Prints 'NEO4J_READY bolt://127.0.0.1:PORT' on stdout once Bolt accepts connections,",
            "then runs until SIGTERM/SIGINT or stdin EOF, and shuts down cleanly (exit 0).");

    private static volatile boolean verbose;

    private Launcher() {}

    /** Bad command-line or environment; message is shown as is. */
    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** Neo4j-side handle for both modes. */
    private interface Running {
        /** Waits until the default database ('neo4j') accepts transactions. */
        boolean awaitDefaultDatabase(long timeoutMs);

        int boltPort();

        void close();
    }

    public static void main(String[] args) {
        // Keep stdout for the READY line only: anything else printing to System.out goes to stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        int port = 7687;
        Path data = null;
        Path logs = null;
        long pageCache = ByteUnit.mebiBytes(256);
        boolean detached = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    value = a.substring(eq + 1);
                    a = a.substring(0, eq);
                }
                switch (a) {
                    case "--help", "-h" -> {
                        stdout.println(USAGE);
                        stdout.flush();
                        System.exit(0);
                    }
                    case "--verbose" -> verbose = true;
                    case "--detached" -> detached = true;
                    case "--port", "--data", "--logs", "--page-cache" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new UsageException("option " + a + " needs a value (see --help)");
                            }
                            value = args[++i];
                        }
                        switch (a) {
                            case "--port" -> port = parsePort(value);
                            case "--data" -> data = Paths.get(value).toAbsolutePath().normalize();
                            case "--logs" -> logs = Paths.get(value).toAbsolutePath().normalize();
                            default -> pageCache = parseSize(value);
                        }
                    }
                    default -> throw new UsageException("unknown option '" + args[i] + "' (see --help)");
                }
            }
        } catch (UsageException e) {
            fail(e.getMessage(), null, 2);
        }

        // Private temp dir for everything the JVM/Neo4j writes to java.io.tmpdir (harness database, log4j config,
        // extracted native libraries); removed on shutdown. Must be set before anything creates a temp file.
        Path originalTmp = Paths.get(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path workDir = originalTmp.resolve("govgraph-neo4j-" + ProcessHandle.current().pid());
        deleteStaleWorkDirs(originalTmp);
        try {
            checkPortFree(port);
            Files.createDirectories(workDir);
            System.setProperty("java.io.tmpdir", workDir.toString());
            if (data != null) {
                Files.createDirectories(data);
            }
            if (logs != null) {
                Files.createDirectories(logs);
            }
        } catch (UsageException e) {
            fail(e.getMessage(), null, 1);
        } catch (IOException e) {
            fail("cannot create directory: " + e.getMessage(), e, 1);
        }

        AtomicReference<Running> running = new AtomicReference<>();
        AtomicBoolean closed = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (closed.compareAndSet(false, true)) {
                Running r = running.get();
                if (r != null) {
                    System.err.println("neo4j-launcher: shutting down Neo4j");
                    try {
                        r.close();
                    } catch (Throwable t) {
                        System.err.println("neo4j-launcher: error during shutdown: " + t);
                        if (verbose) {
                            t.printStackTrace();
                        }
                    }
                }
                deleteRecursively(workDir);
                deleteHarnessLogConfig(originalTmp, workDir);
            }
        };
        // Covers every exit path not handled below: a signal during startup, SIGHUP, System.exit, ...
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-launcher-shutdown"));

        Running neo;
        try {
            neo = data == null
                    ? startHarness(workDir, port, logs, pageCache)
                    : startPersistent(port, data, logs, pageCache);
            running.set(neo);
        } catch (Throwable t) {
            deleteRecursively(workDir);
            deleteHarnessLogConfig(originalTmp, workDir);
            fail(describeStartupFailure(t, port), t, 1);
            return;
        }

        if (!neo.awaitDefaultDatabase(120_000)) {
            shutdown.run();
            fail("Neo4j started but the default database 'neo4j' did not become available (see debug.log)", null, 1);
        }
        int boltPort = neo.boltPort();
        if (!waitForBolt(boltPort, 30_000)) {
            shutdown.run();
            fail("Neo4j started but Bolt does not accept connections on " + HOST + ":" + boltPort, null, 1);
        }

        CountDownLatch stop = new CountDownLatch(1);
        installSignalHandlers(stop);
        if (!detached) {
            watchStdin(stop);
        }

        stdout.println("NEO4J_READY bolt://" + HOST + ":" + boltPort);
        stdout.flush();

        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shutdown.run();
        System.err.println("neo4j-launcher: stopped");
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Running startHarness(Path workDir, int port, Path logs, long pageCache) {
        // The harness creates a random sub-directory of workDir and deletes it again on close().
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(workDir)
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .withConfig(GraphDatabaseSettings.routing_enabled, false)
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, SHUTDOWN_WAIT)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, SHUTDOWN_WAIT)
                .withConfig(HttpConnector.enabled, false)
                .withConfig(HttpsConnector.enabled, false)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(HOST, port));
        if (port != 0) {
            builder = builder.withConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port));
        }
        if (logs != null) {
            builder = builder.withConfig(GraphDatabaseSettings.logs_directory, logs);
        }
        Neo4j neo4j = builder.build();
        return new Running() {
            @Override
            public boolean awaitDefaultDatabase(long timeoutMs) {
                return neo4j.defaultDatabaseService().isAvailable(timeoutMs);
            }

            @Override
            public int boltPort() {
                return neo4j.boltURI().getPort();
            }

            @Override
            public void close() {
                neo4j.close();
            }
        };
    }

    private static Running startPersistent(int port, Path home, Path logs, long pageCache) throws IOException {
        Path logsDir = logs != null ? logs : home.resolve("logs");
        Files.createDirectories(logsDir);
        // Embedded Neo4j has no user log (neo4j.log) unless given one.
        OutputStream userLogStream = new FileOutputStream(logsDir.resolve("neo4j.log").toFile(), true);
        Log4jLogProvider userLog = new Log4jLogProvider(userLogStream);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(userLog)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, SHUTDOWN_WAIT)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, SHUTDOWN_WAIT)
                .setConfig(GraphDatabaseSettings.logs_directory, logsDir)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port));
        if (port != 0) {
            builder.setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port));
        }
        DatabaseManagementService dbms = builder.build();
        return new Running() {
            @Override
            public boolean awaitDefaultDatabase(long timeoutMs) {
                return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(timeoutMs);
            }

            @Override
            public int boltPort() {
                GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
                HostnamePort hp = system.getDependencyResolver()
                        .resolveDependency(ConnectorPortRegister.class)
                        .getLocalAddress(ConnectorType.BOLT);
                return hp == null ? port : hp.getPort();
            }

            @Override
            public void close() {
                try {
                    dbms.shutdown();
                } finally {
                    userLog.close();
                    try {
                        userLogStream.close();
                    } catch (IOException ignored) {
                        // best effort
                    }
                }
            }
        };
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static int parsePort(String s) throws UsageException {
        try {
            int p = Integer.parseInt(s.trim());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new UsageException("invalid --port '" + s + "' (expected 0-65535)");
        }
    }

    private static long parseSize(String s) throws UsageException {
        String v = s.trim().toLowerCase();
        long mult = 1;
        if (v.endsWith("k")) {
            mult = 1024L;
        } else if (v.endsWith("m")) {
            mult = 1024L * 1024;
        } else if (v.endsWith("g")) {
            mult = 1024L * 1024 * 1024;
        }
        if (mult != 1) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n * mult;
        } catch (NumberFormatException e) {
            throw new UsageException("invalid --page-cache '" + s + "' (examples: 256m, 1g)");
        }
    }

    /** Fails fast (before the multi-second Neo4j start) when the port is taken. */
    private static void checkPortFree(int port) throws UsageException {
        if (port == 0) {
            return;
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw new UsageException("port " + port + " on " + HOST + " is already in use (try --port N)");
        }
    }

    private static boolean waitForBolt(int port, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return true;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    @SuppressWarnings("restriction")
    private static void installSignalHandlers(CountDownLatch stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> stop.countDown());
            } catch (Throwable t) {
                // Fall back to the JVM default (shutdown hook still closes Neo4j).
                if (verbose) {
                    System.err.println("neo4j-launcher: cannot handle SIG" + name + ": " + t);
                }
            }
        }
    }

    private static void watchStdin(CountDownLatch stop) {
        // stdin that is /dev/null (e.g. nohup, CI without stdin) would hit EOF at once: nobody to watch then.
        try {
            Path fd0 = Paths.get("/proc/self/fd/0");
            if (Files.isSymbolicLink(fd0) && "/dev/null".equals(Files.readSymbolicLink(fd0).toString())) {
                return;
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux or not readable: just watch
        }
        Thread t = new Thread(() -> {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            try {
                while (in.read(buf) >= 0) {
                    // ignore input
                }
                System.err.println("neo4j-launcher: stdin closed");
                stop.countDown();
            } catch (IOException e) {
                // stdin not readable (closed fd): do not treat as a stop request
            }
        }, "neo4j-launcher-stdin");
        t.setDaemon(true);
        t.start();
    }

    private static String describeStartupFailure(Throwable t, int port) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BindException
                    || (c.getMessage() != null && c.getMessage().contains("Address already in use"))) {
                return "cannot bind Bolt to " + HOST + ":" + port + " (port already in use? try --port N)";
            }
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = t.getMessage();
        String rootMsg = root == t ? "" : " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return "Neo4j failed to start: " + t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg) + rootMsg
                + (verbose ? "" : " [use --verbose for the stack trace]");
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }

    /** Removes work dirs left behind by launchers that were killed hard (SIGKILL, OOM killer, ...). */
    private static void deleteStaleWorkDirs(Path tmp) {
        try (Stream<Path> dirs = Files.list(tmp)) {
            dirs.filter(p -> p.getFileName().toString().matches("govgraph-neo4j-\\d+"))
                    .filter(p -> {
                        long pid = Long.parseLong(p.getFileName().toString().substring("govgraph-neo4j-".length()));
                        return ProcessHandle.of(pid).isEmpty();
                    })
                    .forEach(p -> {
                        deleteRecursively(p);
                        deleteHarnessLogConfig(tmp, p);
                    });
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    /**
     * The harness writes a small log4j config (log4j-NNN.xml) to the JVM's cached temp dir and never deletes it.
     * Remove ours: the one that points into our work dir.
     */
    private static void deleteHarnessLogConfig(Path tmp, Path workDir) {
        try (Stream<Path> files = Files.list(tmp)) {
            files.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith("log4j-") && n.endsWith(".xml");
                    })
                    .filter(p -> {
                        try {
                            return Files.size(p) < 65536 && Files.readString(p).contains(workDir.toString());
                        } catch (IOException | RuntimeException e) {
                            return false;
                        }
                    })
                    .forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException ignored) {
                            // best effort
                        }
                    });
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    private static void fail(String message, Throwable t, int code) {
        System.err.println("neo4j-launcher: error: " + message.replace('\n', ' '));
        if (verbose && t != null) {
            t.printStackTrace();
        }
        System.err.flush();
        // halt: nothing worth running in shutdown hooks at this point and Neo4j threads must not keep us alive
        Runtime.getRuntime().halt(code);
    }
}
