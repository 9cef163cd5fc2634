package org.contactexport.contact.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.contactexport.security.AccountUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contacts")
class ContactImportController {

    private static final String IMPORT_RULES = """
            Loads a CSV file of new contacts into the caller's account, streamed as it is \
            sent. **Import never changes existing contacts: every loaded row creates a new \
            contact, even when its email or mobile is already in the base.**

            * Text is UTF-8 (or the charset of the Content-Type); a byte order mark is ignored.
            * The delimiter, `,` or `;`, is the one the header row uses; RFC 4180 quoting, \
            line breaks inside quoted values included.
            * The header row names the columns by field key (see GET /api/v1/fields), custom \
            fields as `custom.<name>`. An unknown column is a 400 that names it and lists \
            the valid keys; nothing is loaded.
            * An empty cell is no value. A contact needs an email or a mobile.
            * Booleans: true/false, oui/non, 1/0. Mobiles in E.164 form (+33612345678). \
            Statuses and bounce categories by key. activity_level 0 to 5. created_at and \
            updated_at in ISO-8601 (UTC when no offset), now when absent; kept to the second.
            * A row at fault is left out and reported as {line, field, message}, line 1 \
            being the header row; the other rows are loaded. The answer lists the first \
            1000 errors and counts every rejected row.
            * A value longer than 10,000 characters rejects its row. A header row longer \
            than 64 KB or a record longer than 1 MB is a 400, and a file larger than the \
            service's maximum (2 GB by default) a 413: reading stops there and nothing is \
            loaded.
            """;

    private final ContactImporter importer;

    ContactImportController(ContactImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/contacts/import", consumes = "text/csv")
    @Operation(summary = "Import new contacts from a CSV file", description = IMPORT_RULES)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "text/csv", schema = @Schema(type = "string", example = """
                    email;first_name;last_name;email_optin
                    jeanne.martin@example.org;Hélène;Lefèvre;oui
                    """)))
    ImportResult importCsv(AccountUser user,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, InputStream body)
            throws IOException {
        Charset charset = contentType.getCharset() == null
                ? StandardCharsets.UTF_8 : contentType.getCharset();
        return importer.importCsv(user.accountId(), body, charset);
    }
}
