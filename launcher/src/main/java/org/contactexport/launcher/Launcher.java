package org.contactexport.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.contactexport.launcher.demo.DemoData;
import org.contactexport.launcher.demo.DemoLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the platform on its embedded defaults with demo data, until Ctrl-C.
 *
 * <p>Options: {@code --contacts=N} (demo base size of the first account, default 100000),
 * {@code --work-dir=DIR} (default {@code run}; emptied at start, so every run begins clean),
 * {@code --part-size=N} (contacts per export part, default 250000), {@code --free-ports} (free
 * ports instead of the documented ones, so that a second platform can run beside the first).
 */
public final class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options = LaunchOptions.parse(args);
        String secret = System.getenv().getOrDefault(
                "PLATFORM_SECURITY_JWT_SECRET", PlatformSettings.DEVELOPMENT_SECRET);
        Path work = options.workDir().toAbsolutePath();
        emptyDirectory(work);

        long started = System.nanoTime();
        Platform platform = Platform.start(
                new PlatformSettings(work, !options.freePorts(), secret, options.partSize()));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));

        DemoLoad load = new DemoData(platform).load(options.contacts());
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        System.out.println(Banner.of(platform, load, secret, startup));
        log.info("Platform ready");

        new CountDownLatch(1).await();
    }

    /** Empties the work directory, refusing one that this launcher did not create. */
    private static void emptyDirectory(Path work) throws IOException {
        Path marker = work.resolve(".contact-export-run");
        boolean foreign = Files.isDirectory(work) && !Files.exists(marker)
                && Files.list(work).findAny().isPresent();
        if (foreign) {
            throw new IllegalArgumentException("The work directory " + work
                    + " is not empty and was not made by the launcher");
        }
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .filter(path -> !path.equals(work) && !path.equals(marker))
                        .forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(work);
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
    }

    record LaunchOptions(int contacts, Path workDir, int partSize, boolean freePorts) {

        static LaunchOptions parse(String[] args) {
            int contacts = 100_000;
            Path workDir = Path.of("run");
            int partSize = 250_000;
            boolean freePorts = false;
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                switch (pair[0]) {
                    case "--contacts" -> contacts = Integer.parseInt(pair[1]);
                    case "--work-dir" -> workDir = Path.of(pair[1]);
                    case "--part-size" -> partSize = Integer.parseInt(pair[1]);
                    case "--free-ports" -> freePorts = true;
                    default -> throw new IllegalArgumentException("Unknown option " + arg
                            + "; known: --contacts=N --work-dir=DIR --part-size=N --free-ports");
                }
            }
            return new LaunchOptions(contacts, workDir, partSize, freePorts);
        }
    }
}
