package org.contactexport.delivery.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A partner's import job: polls the SFTP server's directory (here, its folder on disk) as fast
 * as it can and notes the size of every file it sees under the final name.
 */
final class DirectoryReader {

    private final Path finalName;
    private final String temporaryPrefix;
    private final Set<String> temporaryNames = ConcurrentHashMap.newKeySet();
    private final Set<Long> sizes = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;
    private final Thread thread;

    private DirectoryReader(Path finalName) {
        this.finalName = finalName;
        this.temporaryPrefix = "." + finalName.getFileName() + ".";
        this.thread = new Thread(this::poll, "directory-reader");
    }

    static DirectoryReader polling(Path finalName) {
        DirectoryReader reader = new DirectoryReader(finalName);
        reader.thread.start();
        return reader;
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
    }

    Set<Long> sizesSeenUnderFinalName() {
        return sizes;
    }

    /** The names of the temporary files seen beside the final name. */
    Set<String> temporaryNamesSeen() {
        return temporaryNames;
    }

    private void poll() {
        while (running) {
            try {
                try (Stream<Path> files = Files.list(finalName.getParent())) {
                    files.map(file -> file.getFileName().toString())
                            .filter(name -> name.startsWith(temporaryPrefix)
                                    && name.endsWith(".part"))
                            .forEach(temporaryNames::add);
                }
                if (Files.exists(finalName)) {
                    sizes.add(Files.size(finalName));
                }
            } catch (IOException movedMeanwhile) {
                // The rename happened between the two calls: the next round sees it.
            }
        }
    }
}
