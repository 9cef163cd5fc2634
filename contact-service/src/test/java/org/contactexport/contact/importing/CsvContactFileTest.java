package org.contactexport.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

    private static CsvContactFile open(String csv) throws IOException {
        return CsvContactFile.open(new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
