package org.contactexport.launcher;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * One shared case of src/test/resources/cases: contacts, what is exported, and what the file
 * must hold. The format is described in the cases' README (shared with the product team).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseFile(
        String id,
        String summary,
        List<Map<String, Object>> contacts,
        Export export,
        String expectBytes,
        Integer expectRows,
        List<List<String>> expectSpreadsheetCells,
        String expectReimport,
        String expectNote) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /**
     * @param fields       a list of field keys, or words ("every field")
     * @param order        the row order the expectation assumes: {@code email} or {@code id}
     * @param customFields custom field name to declared type
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Export(
            String source,
            String criteria,
            Object fields,
            String dialect,
            String header,
            String delimiter,
            Boolean bom,
            String order,
            Map<String, String> customFields,
            String delivery,
            String fileName) {

        char delimiterChar() {
            if (delimiter != null) {
                return delimiter.charAt(0);
            }
            return "data".equals(dialect) ? ',' : ';';
        }
    }

    static CaseFile read(String resource) {
        try (InputStream in = CaseFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No case file " + resource);
            }
            return JSON.readValue(in, CaseFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
