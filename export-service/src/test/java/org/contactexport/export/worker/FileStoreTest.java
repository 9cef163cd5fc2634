package org.contactexport.export.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.contactexport.export.PlatformSettings;
import org.contactexport.export.csv.Column;
import org.contactexport.export.csv.CsvLayout;
import org.contactexport.export.csv.Dialect;
import org.contactexport.export.csv.FieldType;
import org.contactexport.export.csv.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {

    private static final CsvLayout LAYOUT = new CsvLayout(Dialect.DATA, ',', true, Header.KEYS,
            ZoneId.of("Europe/Paris"), List.of(new Column("email", FieldType.EMAIL, "", "")));

    @TempDir
    Path root;

    @Test
    void aRedeliveredPartReplacesWhatAKilledWorkerLeft() throws IOException {
        FileStore store = store();
        UUID exportId = UUID.randomUUID();
        Path work = root.resolve(".work/" + exportId);
        Files.createDirectories(work);
        Files.writeString(work.resolve("part-1.0b5e.tmp"), "half a ro");
        Files.writeString(work.resolve("part-1.csv"), "a@example.org\r\nstale\r\n");

        store.writePart(exportId, 1, out -> write(out, "a@example.org\r\n"));

        assertThat(Files.readString(work.resolve("part-1.csv"))).isEqualTo("a@example.org\r\n");
    }

    @Test
    void twoWorkersWritingTheSamePartLeaveOneWholePart() throws IOException {
        FileStore store = store();
        UUID exportId = UUID.randomUUID();

        store.writePart(exportId, 1, first -> {
            write(first, "a@example.org\r\n");
            store.writePart(exportId, 1, second -> write(second, "b@example.org\r\n"));
            write(first, "c@example.org\r\n");
        });

        Path work = root.resolve(".work/" + exportId);
        assertThat(Files.readString(work.resolve("part-1.csv")))
                .isEqualTo("a@example.org\r\nc@example.org\r\n");
        try (var files = Files.list(work)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactly("part-1.csv");
        }
    }

    @Test
    void anAccountNamedWorkKeepsItsFileOnceTheWorkFolderIsRemoved() throws IOException {
        FileStore store = store();
        UUID exportId = UUID.randomUUID();
        store.writePart(exportId, 1, out -> write(out, "a@example.org\r\n"));

        store.assemble("work", exportId, "base.csv", LAYOUT, List.of(1));
        store.deleteWorkFolder(exportId);

        assertThat(Files.readString(root.resolve("work/" + exportId + "/base.csv")))
                .isEqualTo("\ufeffemail\r\na@example.org\r\n");
        assertThat(Files.exists(root.resolve(".work/" + exportId))).isFalse();
    }

    @Test
    void aPartThatFailsHalfWayLeavesNoPartFile() {
        FileStore store = store();
        UUID exportId = UUID.randomUUID();

        assertThatThrownBy(() -> store.writePart(exportId, 2, out -> {
            write(out, "a@example.org\r\n");
            throw new IllegalStateException("contact-service went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.exists(root.resolve(".work/" + exportId + "/part-2.csv"))).isFalse();
        assertThat(root.resolve(".work/" + exportId).toFile().list()).isEmpty();
    }

    @Test
    void assemblyWritesTheStartThenThePartsInOrderWithTheirChecksum() throws Exception {
        FileStore store = store();
        UUID exportId = UUID.randomUUID();
        store.writePart(exportId, 2, out -> write(out, "b@example.org\r\n"));
        store.writePart(exportId, 1, out -> write(out, "a@example.org\r\n"));

        FileStore.StoredFile file = store.assemble("acme", exportId, "base.csv", LAYOUT,
                List.of(1, 2));
        store.deleteWorkFolder(exportId);

        byte[] bytes = Files.readAllBytes(root.resolve("acme/" + exportId + "/base.csv"));
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\ufeffemail\r\na@example.org\r\nb@example.org\r\n");
        assertThat(file.location()).isEqualTo("acme/" + exportId + "/base.csv");
        assertThat(file.bytes()).isEqualTo(bytes.length);
        assertThat(file.sha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(Files.exists(root.resolve(".work/" + exportId))).isFalse();
    }

    @Test
    void anAccountIdCannotLeadOutsideTheStore() {
        FileStore store = store();
        UUID exportId = UUID.randomUUID();
        store.writePart(exportId, 1, out -> write(out, ""));

        assertThatThrownBy(() -> store.assemble("..", exportId, "x.csv", LAYOUT, List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private FileStore store() {
        return new FileStore(new PlatformSettings(new PlatformSettings.FileStore(root),
                new PlatformSettings.Service("http://127.0.0.1:1"),
                new PlatformSettings.Service("http://127.0.0.1:4"),
                new PlatformSettings.DeliveryService("http://127.0.0.1:2"),
                new PlatformSettings.Service("http://127.0.0.1:3"),
                new PlatformSettings.Export(2)));
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
