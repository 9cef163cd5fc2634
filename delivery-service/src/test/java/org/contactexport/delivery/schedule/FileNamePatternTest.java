package org.contactexport.delivery.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FileNamePatternTest {

    private static final ZonedDateTime DUE = ZonedDateTime.parse("2026-06-01T06:30:00+02:00"
            + "[Europe/Paris]");

    @Test
    void dateTokensAndTheNameAreResolvedAtTheDueTime() {
        assertThat(FileNamePattern.resolve("contacts_{yyyyMMdd_HHmm}.csv", "feed", DUE))
                .isEqualTo("contacts_20260601_0630.csv");
        assertThat(FileNamePattern.resolve("{name}-{yyyy-MM-dd}-{HHmm}.csv", "Partner", DUE))
                .isEqualTo("Partner-2026-06-01-0630.csv");
    }

    @Test
    void aNameThatWouldLeaveTheDirectoryIsRefused() {
        assertThatThrownBy(() -> FileNamePattern.resolve("{name}.csv", "../etc", DUE))
                .hasMessageContaining("must not be empty nor contain '/', '\\' or '..'");
        assertThatThrownBy(() -> FileNamePattern.resolve("a/{yyyy}.csv", "x", DUE))
                .hasMessageContaining("must not be empty nor contain");
        assertThatThrownBy(() -> FileNamePattern.resolve("a\n.csv", "x", DUE))
                .hasMessageContaining("control characters");
    }

    @Test
    void anUnknownTokenIsNamed() {
        assertThatThrownBy(() -> FileNamePattern.resolve("{bogus}.csv", "x", DUE))
                .hasMessage("{bogus} is neither {name} nor a date and time pattern such as "
                        + "{yyyyMMdd_HHmm}");
    }
}
