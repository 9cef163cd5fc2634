package org.contactexport.export.outbox;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxEvents extends JpaRepository<OutboxEvent, Long> {

    @Query(value = "select * from outbox_event where sent_at is null order by id limit ?1",
            nativeQuery = true)
    List<OutboxEvent> findUnsent(int limit);

    /** Only one relay publishes at a time, so that the events keep their order. */
    @Query(value = "select pg_try_advisory_xact_lock(4283)", nativeQuery = true)
    boolean tryRelayLock();
}
