package org.contactexport.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UtcTimestampsTest {

    @Test
    void postgresUtcTextBecomesAnIsoInstant() {
        assertThat(UtcTimestamps.toIso("2024-01-05 10:30:00+00"))
                .isEqualTo("2024-01-05T10:30:00Z");
        assertThat(UtcTimestamps.toIso("2024-01-05 10:30:00.123456+00"))
                .isEqualTo("2024-01-05T10:30:00.123456Z");
    }

    @Test
    void textOfAnotherTimeZoneIsRefusedRatherThanMislabelled() {
        assertThatThrownBy(() -> UtcTimestamps.toIso("2024-01-05 11:30:00+01"))
                .isInstanceOf(IllegalStateException.class);
    }
}
