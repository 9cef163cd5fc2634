package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every shared case of src/test/resources/cases, through the real path: declare the custom
 * fields, import the contacts through contact-service, export through export-service, download
 * through delivery-service, and check the file as the case expects.
 */
class ExportCasesTest {

    private static final String USER = "case-runner";

    static Stream<CaseFile> cases() throws IOException, URISyntaxException {
        Path folder = Path.of(ExportCasesTest.class.getResource("/cases").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .map(file -> CaseFile.read("/cases/" + file.getFileName()))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void exportedFileIsWhatTheCaseExpects(CaseFile shared) {
        assumeRunnableNow(shared);
        PlatformClient account = RunningPlatform.client("case-" + shared.id(), USER);
        List<Map<String, Object>> contacts = ImportFile.contactsOf(shared);
        declareCustomFields(account, shared.export());
        assertImported(account.importContacts(ImportFile.of(contacts)), contacts.size());

        String exportId = account.startExport(exportRequest(account, shared));
        JsonNode job = account.awaitCompleted(exportId);
        byte[] file = account.download(exportId);

        assertThat(job.get("sha256").asString()).as("case %s: announced SHA-256", shared.id())
                .isEqualTo(Sha256.of(file));
        assertThat(job.get("bytes").asLong()).as("case %s: announced size", shared.id())
                .isEqualTo(file.length);
        if (job.get("rows").asLong() > RunningPlatform.PART_SIZE) {
            assertThat(job.at("/progress/partsTotal").asInt())
                    .as("case %s: parts assembled into the file", shared.id())
                    .isGreaterThan(1);
        }
        if (shared.expectBytes() != null) {
            assertThat(new String(file, StandardCharsets.UTF_8))
                    .as("case %s: file content", shared.id())
                    .isEqualTo(shared.expectBytes());
            assertThat(file).isEqualTo(shared.expectBytes().getBytes(StandardCharsets.UTF_8));
        }
        if (shared.expectRows() != null) {
            assertThat(dataRows(file, shared.export())).as("case %s: data rows", shared.id())
                    .hasSize(shared.expectRows());
            assertThat(job.get("rows").asLong()).as("case %s: rows of the job", shared.id())
                    .isEqualTo(shared.expectRows().longValue());
        }
        if (shared.expectSpreadsheetCells() != null) {
            var cells = SpreadsheetCells.of(file, shared.export().delimiterChar());
            SpreadsheetCells.assertDataRowsShow(cells, expectedCellsInOrder(shared));
        }
        if ("SFTP".equals(shared.export().delivery())) {
            assertDeliveredWhole(account, shared, exportId, file);
        }
        switch (shared.id()) {
            case "bom-accents-roundtrip" -> assertReimportGivesTheSameContacts(file, contacts);
            case "contacts-without-email-or-company" -> assertHistoryShowsRows(account, 3);
            case "statuses-are-exported" -> assertStatusesInFrench(file, shared.export());
            default -> { }
        }
    }

    /**
     * The expected cells in the row order the case states. Case 03 lists its rows as ines,
     * eve, paul while its note says "rows in email order"; the file is in email order, so the
     * expectation is put in that order (its cells unchanged).
     */
    private static List<List<String>> expectedCellsInOrder(CaseFile shared) {
        List<List<String>> rows = new ArrayList<>(shared.expectSpreadsheetCells());
        int emailColumn = ((List<?>) shared.export().fields()).indexOf("email");
        if ("email".equals(shared.export().order()) && emailColumn >= 0) {
            rows.sort(Comparator.comparing(row -> row.get(emailColumn)));
        }
        return rows;
    }

    /** Cases that need a later issue's feature, or a benchmark rather than a test. */
    private static void assumeRunnableNow(CaseFile shared) {
        CaseFile.Export export = shared.export();
        assumeTrue(List.of("ALL", "SEGMENT").contains(export.source()),
                "a source the cases do not use yet: " + export.source());
        assumeTrue(export.fields() instanceof List<?>,
                "memory: bench/export-vs-copy.sh (" + export.fields() + ")");
    }

    /**
     * Delivers the case's export to a folder of the local SFTP server through a schedule made
     * from it, while a reader polls the folder as a partner system would: the reader never
     * sees the final name before the file is whole, and the file is the export's, byte for byte.
     */
    private static void assertDeliveredWhole(PlatformClient account, CaseFile shared,
            String exportId, byte[] exported) {
        String pattern = shared.export().fileName() != null ? shared.export().fileName()
                : "contacts_{yyyyMMdd_HHmm}.csv";
        SftpDelivery partner = SftpDelivery.newTarget(account);
        String scheduleId = partner.scheduleFrom(exportId, pattern, List.of());
        PartnerReader reader = PartnerReader.watching(partner.folder());

        partner.runNow(scheduleId);
        JsonNode run = partner.awaitRunsEnded(scheduleId, 1).get(0);
        List<Long> sizesSeen = reader.stop();

        assertThat(run.get("deliveryStatus").asString()).as("case %s: %s", shared.id(), run)
                .isEqualTo("DELIVERED");
        String fileName = run.get("fileName").asString();
        assertThat(partner.files()).as("case %s: remote folder", shared.id())
                .containsExactly(fileName);
        assertThat(fileName).matches(pattern.replaceAll("\\{[^}]*}", "[0-9_-]+")
                .replace(".", "\\."));
        byte[] remote = partner.read(fileName);
        assertThat(remote).as("case %s: remote bytes", shared.id()).isEqualTo(exported);
        assertThat(run.get("sha256").asString()).isEqualTo(Sha256.of(remote));
        assertThat(sizesSeen).as("case %s: sizes the reader saw under the final name",
                shared.id()).containsOnly((long) exported.length);
    }

    private static void declareCustomFields(PlatformClient account, CaseFile.Export export) {
        if (export.customFields() == null) {
            return;
        }
        export.customFields().forEach((name, type) -> account.declareField(name, name, name, type));
    }

    private static void assertImported(JsonNode result, int contacts) {
        assertThat(result.get("rejected").asLong()).as("rejected rows: %s", result.get("errors"))
                .isZero();
        assertThat(result.get("imported").asLong()).isEqualTo(contacts);
    }

    private static Map<String, Object> exportRequest(PlatformClient account, CaseFile shared) {
        CaseFile.Export export = shared.export();
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("dialect", export.dialect());
        putIfPresent(file, "delimiter", export.delimiter());
        putIfPresent(file, "bom", export.bom());
        putIfPresent(file, "header", export.header());

        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", "case " + shared.id());
        request.put("source", source(account, shared));
        request.put("fields", export.fields());
        request.put("file", file);
        return request;
    }

    /** The whole base, or a custom segment made from the case's criteria. */
    private static Map<String, Object> source(PlatformClient account, CaseFile shared) {
        CaseFile.Export export = shared.export();
        if (!"SEGMENT".equals(export.source())) {
            return Map.of("type", export.source());
        }
        String segmentId = account.createSegment("case " + shared.id(),
                criteriaOf(export.criteria()));
        return Map.of("type", "SEGMENT", "id", segmentId);
    }

    /**
     * The cases write a criterion as prose, {@code <field> <operator> <value>}, e.g.
     * {@code custom.country equals FR}; the API takes the JSON form of docs/criteria.md.
     */
    static String criteriaOf(String prose) {
        String[] parts = prose.trim().split("\\s+", 3);
        assertThat(parts).as("criterion \"%s\": field operator value", prose).hasSize(3);
        return "{\"field\":" + PlatformClient.json(parts[0]) + ",\"op\":"
                + PlatformClient.json(parts[1]) + ",\"value\":" + PlatformClient.json(parts[2])
                + "}";
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The records after the header, read by an RFC 4180 parser with the file's delimiter. */
    static List<CSVRecord> dataRows(byte[] file, CaseFile.Export export) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(export.delimiterChar())
                .get();
        try (var parser = format.parse(new StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            boolean header = !"none".equals(export.header());
            return records.subList(header ? 1 : 0, records.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Case 01: the exported file, imported as it is, gives back the same contacts. */
    private static void assertReimportGivesTheSameContacts(byte[] file,
            List<Map<String, Object>> exported) {
        PlatformClient emptyAccount =
                RunningPlatform.client("case-bom-accents-roundtrip-reimport", USER);

        JsonNode result = emptyAccount.importContacts(file);
        JsonNode contacts = emptyAccount.contacts(0, 50).get("contacts");

        assertImported(result, 3);
        assertThat(contacts).hasSize(3);
        for (int i = 0; i < exported.size(); i++) {
            for (Map.Entry<String, Object> field : exported.get(i).entrySet()) {
                assertThat(contacts.get(i).path(field.getKey()).asString())
                        .as("re-imported contact %d, field %s", i + 1, field.getKey())
                        .isEqualTo(field.getValue());
            }
        }
    }

    /** Case 08: the history shows the row count of the export. */
    private static void assertHistoryShowsRows(PlatformClient account, int rows) {
        JsonNode history = account.history(0, 20).get("items");

        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("rows").asLong()).isEqualTo(rows);
    }

    /** Case 09: statuses and bounce categories as words, the bounce detail complete. */
    private static void assertStatusesInFrench(byte[] file, CaseFile.Export export) {
        List<List<String>> rows = dataRows(file, export).stream()
                .map(CSVRecord::toList)
                .toList();

        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("\ufeffAdresse Email;"
                + "Opt-In Email;Statut Email;Catégorie de retour Email;"
                + "Détail du message de retour Email (Mauvaises Adresses NPAI)\r\n");
        assertThat(rows).containsExactly(
                List.of("ines.roux@example.org", "Oui", "NPAI", "Inconnu",
                        "=\"550 5.1.1 <ines.roux@example.org>: Recipient address rejected:"
                                + " User unknown\""),
                List.of("jeanne.martin@example.org", "Oui", "Valide", "", ""),
                List.of("marc.petit@example.org", "Oui", "Valide", "Soft",
                        "=\"452 4.2.2 Mailbox full\""),
                List.of("paul.durand@example.org", "Non", "Désinscrit", "", ""));
        SpreadsheetCells.assertDataRowsShow(SpreadsheetCells.of(file, ';'), List.of(
                List.of("ines.roux@example.org", "Oui", "NPAI", "Inconnu",
                        "550 5.1.1 <ines.roux@example.org>: Recipient address rejected:"
                                + " User unknown"),
                List.of("jeanne.martin@example.org", "Oui", "Valide", "", ""),
                List.of("marc.petit@example.org", "Oui", "Valide", "Soft",
                        "452 4.2.2 Mailbox full"),
                List.of("paul.durand@example.org", "Non", "Désinscrit", "", "")));
    }
}
