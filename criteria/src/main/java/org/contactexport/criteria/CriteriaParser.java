package org.contactexport.criteria;

import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a criteria document (docs/criteria.md) against an account's field catalogue and gives
 * the criterion it describes, or refuses it with every fault found. Thread-safe.
 */
public final class CriteriaParser {

    private static final int MAX_PARSE_ERROR_CHARS = 200;

    private static final Pattern INTERNALS =
            Pattern.compile(" \\(start marker at \\[.*?\\]\\)| \\(bound as `[^`]*`\\)");

    /**
     * Reads numbers exactly, refuses duplicate members, and leaves nesting to the criteria's
     * own limit: a 64 KB document cannot nest deeper than it has bytes.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(Limits.MAX_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final FieldCatalogue catalogue;

    /**
     * @param fieldTypes the account's catalogue: field key to catalogue type ({@code text},
     *                   {@code email}, {@code phone}, {@code boolean}, {@code email_status},
     *                   {@code mobile_status}, {@code timestamp}, {@code date},
     *                   {@code number}, {@code activity_level}, {@code bounce_category})
     * @throws IllegalArgumentException for a type criteria do not know
     */
    public CriteriaParser(Map<String, String> fieldTypes) {
        this.catalogue = new FieldCatalogue(fieldTypes);
    }

    /**
     * @param json a criteria document, at most 64 KB in UTF-8
     * @throws InvalidCriteriaException with every fault found
     */
    public Criterion parse(String json) {
        if (json == null) {
            throw nullDocument();
        }
        if (DocumentSize.exceeds(json, Limits.MAX_BYTES)) {
            throw tooLarge();
        }

        JsonNode document;
        try {
            document = MAPPER.readTree(json);
        } catch (JacksonException notJson) {
            Faults faults = new Faults();
            faults.add(Paths.ROOT, "the document is not valid JSON: " + parseError(notJson));
            throw faults.refusal();
        }
        return read(document);
    }

    /**
     * @param document a criteria document, e.g. a request body member, at most 64 KB as JSON
     * @throws InvalidCriteriaException with every fault found
     */
    public Criterion parse(JsonNode document) {
        if (JsonTypes.absent(document)) {
            throw nullDocument();
        }
        if (DocumentSize.exceeds(document, Limits.MAX_BYTES)) {
            throw tooLarge();
        }
        return read(document);
    }

    private Criterion read(JsonNode document) {
        if (JsonTypes.absent(document)) {
            throw nullDocument();
        }

        Faults faults = new Faults();
        Criterion criterion = new CriterionReader(catalogue, faults).read(document, Paths.ROOT, 0);
        if (faults.any()) {
            throw faults.refusal();
        }
        return criterion;
    }

    private static InvalidCriteriaException nullDocument() {
        Faults faults = new Faults();
        faults.add(Paths.ROOT, "the criteria document is missing or null; a criterion is a JSON"
                + " object with one of the members \"all\", \"any\", \"not\", \"field\" or"
                + " \"activity\"");
        return faults.refusal();
    }

    private static InvalidCriteriaException tooLarge() {
        Faults faults = new Faults();
        faults.add(Paths.ROOT, "the document is larger than 64 KB (" + Limits.MAX_BYTES
                + " bytes of JSON in UTF-8)");
        return faults.refusal();
    }

    /** Jackson's own words, without the parts that name its internals. */
    private static String parseError(JacksonException error) {
        String message = INTERNALS.matcher(String.valueOf(error.getOriginalMessage()))
                .replaceAll("")
                .replace(": not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`",
                        ": a document is one JSON value");
        if (message.length() > MAX_PARSE_ERROR_CHARS) {
            message = message.substring(0, MAX_PARSE_ERROR_CHARS) + "…";
        }
        if (error.getLocation() == null) {
            return message;
        }
        return message + " (line " + error.getLocation().getLineNr() + ", column "
                + error.getLocation().getColumnNr() + ")";
    }
}
