package org.contactexport.criteria;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An account's catalogue with one field of every type, and helpers to read refusals. */
final class TestCatalogue {

    static final Map<String, String> FIELDS = fields();

    static final List<String> KEYS = List.copyOf(FIELDS.keySet());

    private TestCatalogue() {
    }

    static CriteriaParser parser() {
        return new CriteriaParser(FIELDS);
    }

    static List<CriteriaFault> faultsOf(String json) {
        return faultsOf(() -> parser().parse(json));
    }

    static List<CriteriaFault> faultsOf(Runnable parsing) {
        InvalidCriteriaException[] refusal = new InvalidCriteriaException[1];
        assertThatThrownBy(parsing::run)
                .isInstanceOfSatisfying(InvalidCriteriaException.class, e -> refusal[0] = e);
        return refusal[0].faults();
    }

    static CriteriaFault fault(String path, String message, String... allowed) {
        return new CriteriaFault(path, message, List.of(allowed));
    }

    /** A JSON document from single-quoted text, to keep examples readable. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", "email");
        fields.put("mobile", "phone");
        fields.put("company", "text");
        fields.put("origin", "text");
        fields.put("email_optin", "boolean");
        fields.put("email_status", "email_status");
        fields.put("mobile_status", "mobile_status");
        fields.put("bounce_category", "bounce_category");
        fields.put("activity_level", "activity_level");
        fields.put("created_at", "timestamp");
        fields.put("custom.birthday", "date");
        fields.put("custom.score", "number");
        fields.put("custom.country", "text");
        fields.put("custom.city", "text");
        return java.util.Collections.unmodifiableMap(fields);
    }
}
