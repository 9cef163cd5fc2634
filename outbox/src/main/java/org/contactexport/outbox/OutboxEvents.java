package org.contactexport.outbox;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxEvents extends JpaRepository<OutboxEvent, Long> {

    /**
     * The oldest pending events whose key is not waiting for a retry: an event must not
     * overtake an earlier one of the same key, and a waiting key must not fill the batch.
     */
    @Query(value = """
            select * from outbox_event e
            where e.status = 'PENDING'
              and not exists (select 1 from outbox_event w
                              where w.status = 'PENDING' and w.message_key = e.message_key
                                and w.next_attempt_at > ?1)
            order by e.id
            limit ?2""", nativeQuery = true)
    List<OutboxEvent> findDue(Instant now, int limit);

    /** Only one relay publishes at a time, so that the events keep their order. */
    @Query(value = "select pg_try_advisory_xact_lock(?1)", nativeQuery = true)
    boolean tryRelayLock(long lockId);
}
