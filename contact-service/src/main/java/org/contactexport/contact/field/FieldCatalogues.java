package org.contactexport.contact.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds each account's field catalogue and records the custom fields it declares. */
@Service
public class FieldCatalogues {

    /** Also checked by the database; a name that matches is safe inside a SQL literal. */
    public static final Pattern CUSTOM_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private static final int MAX_LABEL_LENGTH = 200;
    private static final List<FieldDefinition> STANDARD_FIELDS = List.of(StandardField.values())
            .stream().map(StandardField::definition).toList();

    private final CustomFieldRepository customFields;

    FieldCatalogues(CustomFieldRepository customFields) {
        this.customFields = customFields;
    }

    /** The account's catalogue: the standard fields, then its custom fields. */
    @Transactional(readOnly = true)
    public FieldCatalogue of(String accountId) {
        List<FieldDefinition> fields = new ArrayList<>(STANDARD_FIELDS);
        customFields.findByAccountIdOrderById(accountId).forEach(f -> fields.add(f.definition()));
        return new FieldCatalogue(fields);
    }

    /** Declares a custom field, answering 400 for a bad name or type, 409 for a taken name. */
    @Transactional
    public FieldDefinition declare(String accountId, CustomFieldDeclaration declaration) {
        String name = checkedName(declaration.name());
        FieldType type = checkedType(declaration.type());
        String labelFr = checkedLabel(
                firstText(declaration.labelFr(), declaration.labelEn(), name));
        String labelEn = checkedLabel(
                firstText(declaration.labelEn(), declaration.labelFr(), name));
        if (customFields.existsByAccountIdAndName(accountId, name)) {
            throw InvalidCustomFieldException.duplicate(name);
        }

        try {
            CustomField field = CustomField.declare(accountId, name, labelFr, labelEn, type);
            return customFields.saveAndFlush(field).definition();
        } catch (DataIntegrityViolationException raced) {
            throw InvalidCustomFieldException.duplicate(name);
        }
    }

    private static String checkedName(String name) {
        if (name == null || !CUSTOM_NAME.matcher(name).matches()) {
            throw InvalidCustomFieldException.invalid("The name must be 1 to 63 lower-case "
                    + "letters, digits or '_', starting with a letter, e.g. 'city'");
        }
        return name;
    }

    private static FieldType checkedType(String type) {
        return FieldType.ofCustomKey(type == null ? "" : type).orElseThrow(() ->
                InvalidCustomFieldException.invalid("The type must be one of "
                        + String.join(", ", FieldType.customKeys())));
    }

    private static String checkedLabel(String label) {
        if (label.length() > MAX_LABEL_LENGTH) {
            throw InvalidCustomFieldException.invalid(
                    "A label has at most " + MAX_LABEL_LENGTH + " characters");
        }
        return label;
    }

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        throw new IllegalArgumentException("No candidate has text");
    }
}
