package org.contactexport.segment.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.contactexport.segment.SegmentServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Two edits read from the same version: the second to be saved is refused, not merged. */
class CustomSegmentLockingTest extends SegmentServiceTest {

    private static final String LYON =
            "{\"field\":\"custom.city\",\"op\":\"equals\",\"value\":\"Lyon\"}";

    @Autowired
    CustomSegments segments;

    @Test
    void theSecondOfTwoConcurrentEditsIsRefused() {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        CustomSegment stored = segments.saveAndFlush(new CustomSegment(
                "acc-" + UUID.randomUUID(), "Lyonnais", LYON, "user-1", now));
        CustomSegment readByAlice = segments.findById(stored.id()).orElseThrow();
        CustomSegment readByBob = segments.findById(stored.id()).orElseThrow();

        readByAlice.rename("Lyon", "alice", now);
        segments.saveAndFlush(readByAlice);
        readByBob.rename("Lyon et alentours", "bob", now);

        assertThatThrownBy(() -> segments.saveAndFlush(readByBob))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        CustomSegment kept = segments.findById(stored.id()).orElseThrow();
        assertThat(kept.name()).isEqualTo("Lyon");
        assertThat(kept.updatedBy()).isEqualTo("alice");
        assertThat(kept.version()).isEqualTo(1L);
    }
}
