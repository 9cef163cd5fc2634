package org.contactexport.delivery.schedule;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeliverySchedules extends JpaRepository<DeliverySchedule, UUID> {

    /** Also a deleted one whose runs are still in flight: see DeliverySchedule#isDeleted. */
    Optional<DeliverySchedule> findByIdAndAccountId(UUID id, String accountId);

    /** The schedule, locked until the transaction ends: one run-now at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select s from DeliverySchedule s where s.id = :id and s.accountId = :accountId
              and s.status <>
                  org.contactexport.delivery.schedule.DeliverySchedule.Status.DELETED""")
    Optional<DeliverySchedule> lockByIdAndAccountId(UUID id, String accountId);

    List<DeliverySchedule> findByAccountIdOrderByCreatedAt(String accountId);

    /** Active schedules ending by the horizon whose users were not told yet. */
    @Query("""
            select s from DeliverySchedule s
            where s.status = org.contactexport.delivery.schedule.DeliverySchedule.Status.ACTIVE
              and s.endingAnnouncedAt is null and s.endDate <= :horizon""")
    List<DeliverySchedule> findEndingBy(LocalDate horizon);
}
