package org.contactexport.launcher;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Turns contacts written as field key → value into the file contact-service imports: a header
 * row of field keys, one RFC 4180 record per contact, in the order the contacts are created.
 */
final class ImportFile {

    /** {@code "c01@example.org .. c45@example.org"}: a prefix, a zero-padded range, a domain. */
    private static final Pattern GENERATED_RANGE =
            Pattern.compile("(\\D*)(\\d+)(@\\S+) \\.\\. \\D*(\\d+)@\\S+");

    /** The cases' shorthand for stored values that the product names differently. */
    private static final Map<String, Map<String, String>> SHORTHAND = Map.of(
            "email_status", Map.of("npai_hard", "bounced", "npai", "bounced"));

    private ImportFile() {
    }

    /**
     * The contacts of a case in creation order: by email when the case's expectation assumes
     * email order (exports come out in creation order), otherwise as listed.
     */
    static List<Map<String, Object>> contactsOf(CaseFile shared) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (Map<String, Object> contact : shared.contacts()) {
            if (contact.containsKey("generate")) {
                contacts.addAll(generated(contact));
            } else {
                contacts.add(contact);
            }
        }
        if ("email".equals(shared.export().order())) {
            contacts.sort(Comparator.comparing(
                    contact -> String.valueOf(contact.getOrDefault("email", "")),
                    Comparator.naturalOrder()));
        }
        return contacts;
    }

    /** The import file of these contacts, UTF-8 without BOM, ',' separated. */
    static byte[] of(List<Map<String, Object>> contacts) {
        Set<String> keys = new LinkedHashSet<>();
        contacts.forEach(contact -> keys.addAll(contact.keySet()));
        StringWriter out = new StringWriter();

        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(keys);
            for (Map<String, Object> contact : contacts) {
                List<String> values = new ArrayList<>();
                keys.forEach(key -> values.add(stored(key, contact.get(key))));
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String stored(String key, Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        return SHORTHAND.getOrDefault(key, Map.of()).getOrDefault(text, text);
    }

    private static List<Map<String, Object>> generated(Map<String, Object> description) {
        String range = String.valueOf(description.get("generate"));
        Matcher matcher = GENERATED_RANGE.matcher(range);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Cannot generate contacts from: " + range);
        }

        int width = matcher.group(2).length();
        int first = Integer.parseInt(matcher.group(2));
        int last = Integer.parseInt(matcher.group(4));
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("email", matcher.group(1) + String.format("%0" + width + "d", n)
                    + matcher.group(3));
            contacts.add(contact);
        }
        Object count = description.get("count");
        if (count != null && ((Number) count).intValue() != contacts.size()) {
            throw new IllegalArgumentException(range + " is not " + count + " contacts");
        }
        return contacts;
    }
}
