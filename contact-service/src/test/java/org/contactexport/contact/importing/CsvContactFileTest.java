package org.contactexport.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvContactFileTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "email,first_name|,", "email;first_name;last_name|;", "email|,",
        "\"a;b\",email,first_name|,", "email;\"a,b\"|;", "email\tfirst_name|'\t'"})
    void delimiterIsTheOneTheHeaderRowUsesOutsideQuotes(String header, char delimiter) {
        assertThat(CsvContactFile.mostUsedDelimiter(header)).isEqualTo(delimiter);
    }

    @Test
    void byteOrderMarkAndExcelSeparatorLineAreSkipped() throws IOException {
        List<List<String>> rows = new ArrayList<>();

        try (CsvContactFile file = open("\uFEFFsep=;\r\nemail;company\r\n"
                + "jeanne@example.org;\"Martin, Dupont; Fils\"\r\n")) {
            assertThat(file.header()).containsExactly("email", "company");
            for (CSVRecord row; (row = file.next()) != null; ) {
                rows.add(row.toList());
            }
        }

        assertThat(rows).containsExactly(List.of("jeanne@example.org", "Martin, Dupont; Fils"));
    }

    @Test
    void quotedLineBreaksStayInTheirCellAndEmptyLinesAreSkipped() throws IOException {
        try (CsvContactFile file = open("email,notes\n\na@example.org,\"one\r\ntwo\"\n\n"
                + "b@example.org,x\n")) {
            CSVRecord first = file.next();
            CSVRecord second = file.next();

            assertThat(first.toList()).containsExactly("a@example.org", "one\r\ntwo");
            assertThat(second.toList()).containsExactly("b@example.org", "x");
            assertThat(second.getRecordNumber()).isEqualTo(2);
            assertThat(file.next()).isNull();
        }
    }

    @Test
    void trailingEmptyHeaderCellsAreDropped() throws IOException {
        try (CsvContactFile file = open("email;first_name;;\na@example.org;A;;\n")) {
            assertThat(file.header()).containsExactly("email", "first_name");
        }
    }

    @Test
    void aRecordLongerThan1MbIsRefusedBeforeMoreOfItIsRead() throws IOException {
        // given a 150 MB value that never ends its quote, produced as it is read
        CountingStream body = new CountingStream(
                "email,notes\na@example.org,x\nb@example.org,\"", 150L * 1024 * 1024);

        // when
        try (CsvContactFile file = CsvContactFile.open(body, StandardCharsets.UTF_8)) {
            CSVRecord first = file.next();

            // then
            assertThat(first.toList()).containsExactly("a@example.org", "x");
            assertThatThrownBy(file::next)
                    .isInstanceOf(ImportTooLargeException.class)
                    .hasMessage("The record starting on line 3 is longer than 1048576 "
                            + "characters; is a quote left open? Nothing was loaded.");
        }
        assertThat(body.consumed()).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void aHeaderRowLongerThan64KbIsRefusedBeforeMoreOfItIsRead() {
        // given
        CountingStream body = new CountingStream("email,", 150L * 1024 * 1024);

        // when / then
        assertThatThrownBy(() -> CsvContactFile.open(body, StandardCharsets.UTF_8))
                .isInstanceOf(ImportTooLargeException.class)
                .hasMessage("The header row is longer than 65536 characters; it must name the "
                        + "columns by field key. Nothing was loaded.");
        assertThat(body.consumed()).isLessThan(512L * 1024);
    }

    @Test
    void aBodyLargerThanTheMaximumIsRefusedAsSoonAsItIsReached() throws IOException {
        // given
        CountingStream body = new CountingStream("email\n", 10L * 1024 * 1024, '\n');
        ImportLimits limits = ImportLimits.withMaxBody(1024 * 1024);

        // when
        try (CsvContactFile file = CsvContactFile.open(body, StandardCharsets.UTF_8, limits)) {

            // then
            assertThatThrownBy(() -> {
                while (file.next() != null) {
                    // read on until refused
                }
            }).isInstanceOf(ImportTooLargeException.class)
                    .hasMessage("The file is larger than 1048576 bytes; split it and import "
                            + "each part. Nothing was loaded.");
        }
        assertThat(body.consumed()).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void quotedLineBreaksAndDoubledQuotesCountInTheirRecordOnly() throws IOException {
        // given records of 600 KB each: two of them would be beyond 1 MB together
        String value = "y".repeat(600 * 1024);
        String csv = "email;notes\na@example.org;\"" + value + "\n\"\"\"\n"
                + "b@example.org;\"" + value + "\"\n";

        // when
        try (CsvContactFile file = open(csv)) {

            // then
            assertThat(file.next().get(1)).hasSize(600 * 1024 + 2);
            assertThat(file.next().get(1)).hasSize(600 * 1024);
            assertThat(file.next()).isNull();
        }
    }

    /** A CSV head followed by filler bytes made as they are read, counting what was read. */
    private static final class CountingStream extends InputStream {

        private final byte[] head;
        private final long size;
        private final char filler;
        private long position;

        CountingStream(String head, long size) {
            this(head, size, 'x');
        }

        CountingStream(String head, long size, char filler) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.size = size;
            this.filler = filler;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int b = position < head.length ? head[(int) position] : filler;
            position++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }

        long consumed() {
            return position;
        }
    }

    private static CsvContactFile open(String csv) throws IOException {
        return CsvContactFile.open(new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
