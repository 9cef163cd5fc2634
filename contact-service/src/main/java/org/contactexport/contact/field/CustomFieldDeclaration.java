package org.contactexport.contact.field;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A custom field an account declares.
 *
 * @param name    lower-case letters, digits and '_', starting with a letter, at most 63
 *                characters; the field's key is {@code custom.<name>}
 * @param labelFr the French label; the English one or the name when absent
 * @param labelEn the English label; the French one or the name when absent
 * @param type    {@code text}, {@code number}, {@code date} or {@code boolean}
 */
public record CustomFieldDeclaration(
        @Schema(example = "city") String name,
        @Schema(example = "Ville") String labelFr,
        @Schema(example = "City") String labelEn,
        @Schema(example = "text", allowableValues = {"text", "number", "date", "boolean"})
        String type) {
}
