package org.contactexport.export.job;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Export jobs; every read on behalf of a caller is confined to the caller's account. */
public interface ExportJobs extends JpaRepository<ExportJob, UUID> {

    Optional<ExportJob> findByIdAndAccountId(UUID id, String accountId);

    Page<ExportJob> findByAccountIdOrderByRequestedAtDesc(String accountId, Pageable page);

    Page<ExportJob> findByAccountIdAndScheduleIdIsNotNullOrderByRequestedAtDesc(
            String accountId, Pageable page);

    Page<ExportJob> findByAccountIdAndScheduleIdIsNullOrderByRequestedAtDesc(
            String accountId, Pageable page);

    Page<ExportJob> findByAccountIdAndScheduleIdOrderByRequestedAtDesc(String accountId,
            UUID scheduleId, Pageable page);

    Optional<ExportJob> findFirstByAccountIdAndScheduleIdIsNotNullOrderByRequestedAtDesc(
            String accountId);

    Optional<ExportJob> findFirstByAccountIdAndScheduleIdOrderByRequestedAtDesc(
            String accountId, UUID scheduleId);

    /** The job under a row lock, so that parts finishing together count one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from ExportJob j where j.id = ?1")
    Optional<ExportJob> lockById(UUID id);
}
