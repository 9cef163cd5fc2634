package org.contactexport.contact.field;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.contactexport.security.AccountUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fields", description = "The field catalogue: standard fields and custom fields")
class FieldController {

    private final FieldCatalogues catalogues;

    FieldController(FieldCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    @GetMapping("/api/v1/fields")
    @Operation(summary = "The account's fields in catalogue order",
            description = "The 12 main fields (main: true) in the order of the MAIN preset, the "
                    + "diagnostic fields, then the account's custom fields as custom.<name>.")
    List<FieldDefinition> fields(AccountUser user) {
        return catalogues.of(user.accountId()).fields();
    }

    @PostMapping("/api/v1/fields")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Declare a custom field",
            description = "400 for a bad name or type, 409 when the account already has a "
                    + "field of that name. The new field's key is custom.<name>.")
    FieldDefinition declare(AccountUser user, @RequestBody CustomFieldDeclaration declaration) {
        return catalogues.declare(user.accountId(), declaration);
    }

    @GetMapping("/internal/v1/accounts/{accountId}/fields")
    @Operation(summary = "An account's fields in catalogue order (internal)")
    List<FieldDefinition> accountFields(@PathVariable String accountId) {
        return catalogues.of(accountId).fields();
    }
}
