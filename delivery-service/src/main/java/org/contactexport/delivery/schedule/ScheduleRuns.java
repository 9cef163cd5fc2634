package org.contactexport.delivery.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleRuns extends JpaRepository<ScheduleRun, UUID> {

    boolean existsByScheduleIdAndDueAtAndManualFalse(UUID scheduleId, Instant dueAt);

    Optional<ScheduleRun> findFirstByScheduleIdAndStatusInAndCreatedAtAfterOrderByCreatedAt(
            UUID scheduleId, Collection<ScheduleRun.Status> statuses, Instant after);

    boolean existsByScheduleIdAndStatusIn(UUID scheduleId,
            Collection<ScheduleRun.Status> statuses);

    List<ScheduleRun> findTop100ByScheduleIdOrderByDueAtDescCreatedAtDesc(UUID scheduleId);
}
