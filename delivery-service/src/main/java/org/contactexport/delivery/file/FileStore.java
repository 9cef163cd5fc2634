package org.contactexport.delivery.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** The directory shared with export-service: it writes the files, this service reads them. */
@Component
public class FileStore {

    private final Path root;

    FileStore(FileStoreProperties properties) {
        this.root = properties.root().toAbsolutePath().normalize();
    }

    /** The file at a location relative to the root; a location leaving the root is refused. */
    public Path resolve(String location) {
        Path path = root.resolve(location).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException(
                    "The file location must name a file inside the file store: " + location);
        }
        return path;
    }

    public boolean contains(String location) {
        return Files.isRegularFile(resolve(location));
    }

    /** Deletes the file, then its folders up to the root as long as they are empty. */
    void delete(String location) {
        Path file = resolve(location);
        try {
            Files.deleteIfExists(file);
            deleteEmptyFolders(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + location + " from the store", e);
        }
    }

    private void deleteEmptyFolders(Path folder) throws IOException {
        Path current = folder;
        while (current != null && current.startsWith(root) && !current.equals(root)) {
            try {
                Files.deleteIfExists(current);
            } catch (DirectoryNotEmptyException stillUsed) {
                return;
            }
            current = current.getParent();
        }
    }
}
