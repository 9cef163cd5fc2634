package org.contactexport.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.contactexport.contact.ContactServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "contact-service.import-max-size=1KB")
class ImportMaxSizeTest extends ContactServiceTest {

    @Test
    void aFileLargerThanTheConfiguredMaximumIsRefusedAndNothingLoads() {
        // given
        String account = newAccount();
        StringBuilder csv = new StringBuilder("email\n");
        for (int i = 0; csv.length() <= 1024; i++) {
            csv.append("contact").append(i).append("@example.org\n");
        }

        // when
        HttpResponse<String> response = post("/api/v1/contacts/import", account, "text/csv",
                csv.toString());

        // then
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("detail").asString()).isEqualTo("The file is larger "
                + "than 1024 bytes; split it and import each part. Nothing was loaded.");
        assertThat(json(get("/api/v1/contacts", account)).get("totalElements").asLong())
                .isZero();
    }

    @Test
    void aFileWithinTheMaximumLoads() {
        // given
        String account = newAccount();

        // when
        HttpResponse<String> response = post("/api/v1/contacts/import", account, "text/csv",
                "email\njeanne.martin@example.org\n");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("imported").asLong()).isEqualTo(1);
    }
}
