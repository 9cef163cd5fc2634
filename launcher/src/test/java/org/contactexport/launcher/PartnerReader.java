package org.contactexport.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A partner system polling an SFTP folder: it records the size of every file it sees under a
 * final name (anything but the uploader's temporary {@code .part} names).
 */
final class PartnerReader {

    private final Path folder;
    private final List<Long> sizesSeen = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private PartnerReader(Path folder) {
        this.folder = folder;
        this.poller = new Thread(this::poll, "partner-reader");
    }

    static PartnerReader watching(Path folder) {
        PartnerReader reader = new PartnerReader(folder);
        reader.poller.setDaemon(true);
        reader.poller.start();
        return reader;
    }

    /** Stops polling; returns the sizes seen under final names, each once per change. */
    List<Long> stop() {
        running = false;
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pollOnce();
        return List.copyOf(sizesSeen);
    }

    private void poll() {
        while (running) {
            pollOnce();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void pollOnce() {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> !file.getFileName().toString().endsWith(".part"))
                    .forEach(this::record);
        } catch (IOException e) {
            // The folder changed while listed (a rename): the next poll sees it.
        }
    }

    private void record(Path file) {
        try {
            long size = Files.size(file);
            if (sizesSeen.isEmpty() || sizesSeen.get(sizesSeen.size() - 1) != size) {
                sizesSeen.add(size);
            }
        } catch (IOException e) {
            // Renamed away between the listing and the size: nothing to record.
        }
    }
}
