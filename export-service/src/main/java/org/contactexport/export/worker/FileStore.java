package org.contactexport.export.worker;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.contactexport.export.PlatformSettings;
import org.contactexport.export.csv.CsvLayout;
import org.springframework.stereotype.Component;

/**
 * The shared file store: part files under {@code .work/<exportId>/}, completed files under
 * {@code <accountId>/<exportId>/<fileName>}. No account id starts with a dot, so the work
 * area never meets an account's folder. Every file appears whole or not at all: it is
 * written under a temporary name of its own and moved into place, so two workers writing the
 * same part after a rebalance cannot interleave their bytes.
 */
@Component
class FileStore {

    private static final int BUFFER = 1 << 16;
    private static final String WORK_AREA = ".work";

    private final Path root;

    FileStore(PlatformSettings settings) {
        this.root = settings.fileStore().root().toAbsolutePath().normalize();
    }

    /** Writes a part file whole, replacing the one a previous attempt may have left. */
    void writePart(UUID exportId, int number, Consumer<Writer> content) {
        Path part = workFolder(exportId).resolve("part-" + number + ".csv");
        Path partial = part.resolveSibling("part-" + number + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(part.getParent());
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(partial), StandardCharsets.UTF_8), BUFFER)) {
                content.accept(out);
            }
            Files.move(partial, part, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The work folder is removed once the export ends; a stray file waits until then.
        }
    }

    /** Writes the start of the file, then the parts in order, taking the checksum on the way. */
    StoredFile assemble(String accountId, UUID exportId, String fileName, CsvLayout layout,
            List<Integer> partNumbers) {
        String location = accountId + "/" + exportId + "/" + fileName;
        Path file = inside(location);
        Path partial = file.resolveSibling(fileName + ".tmp");
        MessageDigest sha256 = sha256();
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new DigestOutputStream(
                    Files.newOutputStream(partial), sha256)) {
                Writer start = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                layout.writeStart(start);
                start.flush();
                for (int number : partNumbers) {
                    Files.copy(workFolder(exportId).resolve("part-" + number + ".csv"), out);
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(location, fileName, Files.size(file),
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteWorkFolder(UUID exportId) {
        Path folder = workFolder(exportId);
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                        throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e)
                        throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path workFolder(UUID exportId) {
        return root.resolve(WORK_AREA).resolve(exportId.toString());
    }

    /** Guards against an account id that would lead outside the store. */
    private Path inside(String location) {
        Path path = root.resolve(location).normalize();
        if (!path.startsWith(root) || path.getNameCount() != root.getNameCount() + 3) {
            throw new IllegalArgumentException("The account id cannot name a folder");
        }
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A completed file: its key in the store, its name, size and checksum. */
    record StoredFile(String location, String fileName, long bytes, String sha256) {
    }
}
