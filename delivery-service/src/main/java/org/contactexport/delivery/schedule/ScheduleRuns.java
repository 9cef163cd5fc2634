package org.contactexport.delivery.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleRuns extends JpaRepository<ScheduleRun, UUID> {

    boolean existsByScheduleIdAndDueAtAndManualFalse(UUID scheduleId, Instant dueAt);

    List<ScheduleRun> findTop100ByScheduleIdOrderByDueAtDescCreatedAtDesc(UUID scheduleId);
}
