package org.contactexport.contact.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.contactexport.contact.field.FieldCatalogues;
import org.contactexport.security.AccountUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contacts")
class ContactController {

    /**
     * Deep pages make PostgreSQL skip ever more rows for nothing; exports read the whole base
     * through the internal stream instead.
     */
    static final int MAX_PAGE = 10_000;

    private final FieldCatalogues catalogues;
    private final ContactReader reader;

    ContactController(FieldCatalogues catalogues, ContactReader reader) {
        this.catalogues = catalogues;
        this.reader = reader;
    }

    @GetMapping("/api/v1/contacts")
    @Operation(summary = "The account's contacts, a page at a time, oldest first",
            description = "Each contact has its id and every field of the catalogue by key, "
                    + "in stored form (null when empty).")
    ContactPage contacts(AccountUser user,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        String accountId = user.accountId();
        return reader.page(accountId, catalogues.of(accountId).fields(), page, size);
    }
}
