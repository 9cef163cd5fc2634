package org.contactexport.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalTimestampsTest {

    private final LocalTimestamps paris = new LocalTimestamps(ZoneId.of("Europe/Paris"));

    @Test
    void showsAStoredInstantInTheZoneOnBothSidesOfSummerTime() {
        assertThat(paris.show("2024-01-05T10:30:00Z")).isEqualTo("2024-01-05 11:30:00");
        assertThat(paris.show("2024-03-31T00:59:59Z")).isEqualTo("2024-03-31 01:59:59");
        assertThat(paris.show("2024-03-31T01:00:00Z")).isEqualTo("2024-03-31 03:00:00");
        assertThat(paris.show("2024-10-27T00:30:00Z")).isEqualTo("2024-10-27 02:30:00");
        assertThat(paris.show("2024-10-27T01:30:00Z")).isEqualTo("2024-10-27 02:30:00");
        assertThat(paris.show("2024-02-29T23:00:00Z")).isEqualTo("2024-03-01 00:00:00");
    }

    @Test
    void readsOtherInstantFormsTheGeneralWay() {
        assertThat(paris.show("2024-01-05T10:30:00.250Z")).isEqualTo("2024-01-05 11:30:00");
    }

    @Test
    void answersNullForWhatIsNotAnInstant() {
        assertThat(paris.show("2024-02-30T10:30:00Z")).isNull();
        assertThat(paris.show("2024-01-05T24:30:00Z")).isNull();
        assertThat(paris.show("2024-01-05 10:30:00")).isNull();
        assertThat(paris.show("yesterday")).isNull();
    }

    @Test
    void agreesWithJavaTimeOnTenThousandRandomInstants() {
        DateTimeFormatter reference = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneId.of("America/Sao_Paulo"));
        LocalTimestamps saoPaulo = new LocalTimestamps(ZoneId.of("America/Sao_Paulo"));
        Random random = new Random(7);

        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L));

            assertThat(saoPaulo.show(instant.toString()))
                    .as(instant.toString())
                    .isEqualTo(reference.format(instant));
        }
    }
}
