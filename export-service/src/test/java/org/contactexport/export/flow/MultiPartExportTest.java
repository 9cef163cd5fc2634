package org.contactexport.export.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Parts of two contact ids: the five contacts (ids 1, 2, 3, 5, 8) make four parts, written
 * by concurrent consumers, and the file is byte for byte the one a single part gives.
 * Its own database and consumer groups keep it apart from the other test context.
 */
class MultiPartExportTest extends ExportServiceTest {

    private static final String DATABASE = "exports_multipart";

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registerServers(registry, DATABASE);
        registry.add("platform.export.part-size", () -> "2");
        registry.add("spring.cloud.stream.bindings.planExport-in-0.group",
                () -> "multipart-planners");
        registry.add("spring.cloud.stream.bindings.writeExportPart-in-0.group",
                () -> "multipart-part-writers");
        registry.add("spring.cloud.stream.bindings.failPlanOnDeadLetter-in-0.group",
                () -> "multipart-failures");
        registry.add("spring.cloud.stream.bindings.failPartOnDeadLetter-in-0.group",
                () -> "multipart-failures");
    }

    @Test
    void exportInSeveralPartsGivesTheSameBytesAsOnePart() throws Exception {
        Answer accepted = post("acme", """
                {"name":"Base complète","source":{"type":"ALL"},"fields":%s}
                """.formatted(FIELDS));

        JsonNode job = awaitFinished("acme", accepted.body().get("id").asString());

        String exportId = job.get("id").asString();
        Path file = fileStore(DATABASE).resolve("acme/" + exportId + "/base-complete.csv");
        assertThat(Files.readString(file)).isEqualTo(FIVE_CONTACTS_SPREADSHEET);
        assertThat(job.get("rows").asLong()).isEqualTo(5);
        assertThat(job.get("progress").toString())
                .isEqualTo("{\"partsDone\":4,\"partsTotal\":4,\"rowsWritten\":5,\"percent\":100}");
        assertThat(Files.exists(fileStore(DATABASE).resolve(".work/" + exportId))).isFalse();
    }
}
