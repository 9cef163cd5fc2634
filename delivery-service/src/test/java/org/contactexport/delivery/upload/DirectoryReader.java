package org.contactexport.delivery.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A partner's import job: polls the SFTP server's directory (here, its folder on disk) as fast
 * as it can and notes the size of every file it sees under the final name.
 */
final class DirectoryReader {

    private final Path finalName;
    private final Path temporary;
    private final Set<Long> sizes = ConcurrentHashMap.newKeySet();
    private volatile boolean sawTemporary;
    private volatile boolean running = true;
    private final Thread thread;

    private DirectoryReader(Path finalName) {
        this.finalName = finalName;
        this.temporary = finalName.resolveSibling(finalName.getFileName() + ".part");
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

    boolean sawTemporaryFile() {
        return sawTemporary;
    }

    private void poll() {
        while (running) {
            try {
                if (Files.exists(temporary)) {
                    sawTemporary = true;
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
