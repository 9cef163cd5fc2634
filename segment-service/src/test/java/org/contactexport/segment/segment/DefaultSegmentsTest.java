package org.contactexport.segment.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.contactexport.criteria.CriteriaJson;
import org.contactexport.criteria.CriteriaParser;
import org.junit.jupiter.api.Test;

class DefaultSegmentsTest {

    /** The standard fields the default segments read, with their catalogue types. */
    private static final Map<String, String> STANDARD_FIELDS = Map.of(
            "email_status", "email_status", "email_optin", "boolean",
            "activity_level", "activity_level", "mobile", "phone",
            "mobile_status", "mobile_status", "sms_optin", "boolean");

    @Test
    void eachDefaultSegmentHasItsNamesAndExactCriteriaInAFixedOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("most-active-emails", "Adresses email les plus actives"
                + " | Most active email addresses"
                + " | {\"all\":[{\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"valid\"},"
                + "{\"field\":\"email_optin\",\"op\":\"equals\",\"value\":true},"
                + "{\"field\":\"activity_level\",\"op\":\"greater\",\"value\":3}]}");
        expected.put("sms-contacts", "Contacts SMS | SMS contacts"
                + " | {\"all\":[{\"field\":\"mobile\",\"op\":\"not_empty\"},"
                + "{\"field\":\"mobile_status\",\"op\":\"equals\",\"value\":\"valid\"},"
                + "{\"field\":\"sms_optin\",\"op\":\"equals\",\"value\":true}]}");
        expected.put("email-unsubscribes", "Désinscrits email | Email unsubscribes"
                + " | {\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"unsubscribed\"}");
        expected.put("sms-unsubscribes", "Désinscrits SMS | SMS unsubscribes"
                + " | {\"field\":\"mobile_status\",\"op\":\"equals\",\"value\":\"unsubscribed\"}");
        expected.put("bad-email-addresses", "Mauvaises adresses email (NPAI)"
                + " | Bad email addresses (bounced)"
                + " | {\"field\":\"email_status\",\"op\":\"equals\",\"value\":\"bounced\"}");
        expected.put("bad-mobile-numbers", "Mauvais numéros mobiles | Bad mobile numbers"
                + " | {\"field\":\"mobile_status\",\"op\":\"equals\",\"value\":\"invalid\"}");

        Map<String, String> actual = new LinkedHashMap<>();
        DefaultSegments.all().forEach(segment -> actual.put(segment.id(), segment.name()
                + " | " + segment.nameEn() + " | " + CriteriaJson.write(segment.criteria())));

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void eachDefaultSegmentReadsBackFromItsCanonicalDocument() {
        CriteriaParser parser = new CriteriaParser(STANDARD_FIELDS);

        DefaultSegments.all().forEach(segment -> assertThat(
                parser.parse(CriteriaJson.write(segment.criteria())))
                .as(segment.id())
                .isEqualTo(segment.criteria()));
    }

    @Test
    void thePublicPageShowsEachDefaultSegmentWithItsCriteria() throws IOException {
        String page = Files.readString(Path.of("DEFAULT-SEGMENTS.md"));

        DefaultSegments.all().forEach(segment -> assertThat(page)
                .as(segment.id())
                .contains("## `" + segment.id() + "` — " + segment.name() + " / "
                        + segment.nameEn() + "\n")
                .contains("```json\n" + CriteriaJson.write(segment.criteria()) + "\n```"));
    }
}
